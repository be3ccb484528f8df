package org.communityhub.volunteers;

import static org.communityhub.volunteers.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.communityhub.platform.VariableValues;
import org.springframework.stereotype.Component;

/**
 * The service tasks of volunteer-onboarding.bpmn and volunteer-dbs-reminders.bpmn: each reads the
 * volunteer's id, calls its feature's service once and writes back a routing fact.
 */
final class OnboardingDelegates {

  private OnboardingDelegates() {}

  static long volunteerId(VariableScope scope) {
    return VariableValues.id(scope, VOLUNTEER_ID);
  }

  static String text(VariableScope scope, String name) {
    return VariableValues.text(scope, name);
  }

  /** Task_RecordIdentityCheck. */
  @Component("recordIdentityCheckDelegate")
  static class RecordIdentityCheckDelegate implements JavaDelegate {
    private final OnboardingService volunteers;

    RecordIdentityCheckDelegate(OnboardingService volunteers) {
      this.volunteers = volunteers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String check = text(execution, IDENTITY_CHECK);
      if (!"VERIFIED".equals(check) && !"NOT_VERIFIED".equals(check)) {
        throw new VolunteerValidationException(IDENTITY_CHECK, "say whether the volunteer's identity is verified");
      }
      boolean verified = "VERIFIED".equals(check);
      volunteers.recordIdentityCheck(volunteerId(execution), verified);
      execution.setVariable(IDENTITY_VERIFIED, verified);
    }
  }

  /** Task_SaveDbsCheck. */
  @Component("recordDbsCheckDelegate")
  static class RecordDbsCheckDelegate implements JavaDelegate {
    private final DbsCheckService volunteers;

    RecordDbsCheckDelegate(DbsCheckService volunteers) {
      this.volunteers = volunteers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      DbsLevel required = DbsLevel.valueOf(text(execution, DBS_REQUIRED));
      boolean cleared = volunteers.recordOnboardingDbsCheck(volunteerId(execution), required,
          text(execution, DBS_OUTCOME), text(execution, DBS_LEVEL), text(execution, DBS_ISSUED_ON));
      execution.setVariable(DBS_CLEARED, cleared);
    }
  }

  /** Task_ActivateVolunteer. */
  @Component("activateVolunteerDelegate")
  static class ActivateVolunteerDelegate implements JavaDelegate {
    private final OnboardingService onboarding;
    private final DbsCheckService dbsChecks;

    ActivateVolunteerDelegate(OnboardingService onboarding, DbsCheckService dbsChecks) {
      this.onboarding = onboarding;
      this.dbsChecks = dbsChecks;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long id = volunteerId(execution);
      execution.setVariable(ACTIVATED, onboarding.activate(id));
      execution.setVariable(DBS_HELD, dbsChecks.holdsValidDbs(id));
    }
  }

  /** Task_CloseApplication. */
  @Component("refuseApplicationDelegate")
  static class RefuseApplicationDelegate implements JavaDelegate {
    private final OnboardingService volunteers;

    RefuseApplicationDelegate(OnboardingService volunteers) {
      this.volunteers = volunteers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      volunteers.refuse(volunteerId(execution));
    }
  }

  /** Task_SendWelcome (asynchronous, retried; sent once). */
  @Component("sendWelcomeDelegate")
  static class SendWelcomeDelegate implements JavaDelegate {
    private final VolunteerMessages volunteers;

    SendWelcomeDelegate(VolunteerMessages volunteers) {
      this.volunteers = volunteers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      volunteers.sendWelcome(volunteerId(execution));
    }
  }

  /** Task_TellApplicant (asynchronous, retried; sent once). */
  @Component("sendNotAcceptedDelegate")
  static class SendNotAcceptedDelegate implements JavaDelegate {
    private final VolunteerMessages volunteers;

    SendNotAcceptedDelegate(VolunteerMessages volunteers) {
      this.volunteers = volunteers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      volunteers.sendNotAccepted(volunteerId(execution));
    }
  }

  /** Task_StartDbsReminders. */
  @Component("startDbsRemindersDelegate")
  static class StartDbsRemindersDelegate implements JavaDelegate {
    private final DbsCheckService volunteers;

    StartDbsRemindersDelegate(DbsCheckService volunteers) {
      this.volunteers = volunteers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      volunteers.startDbsReminders(volunteerId(execution));
    }
  }

  /** Task_PlanNextReminder: sets nextReminderAt and reminderDays (the previous reminderDays is the one sent). */
  @Component("planDbsReminderDelegate")
  static class PlanDbsReminderDelegate implements JavaDelegate {
    private final DbsCheckService volunteers;

    PlanDbsReminderDelegate(DbsCheckService volunteers) {
      this.volunteers = volunteers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Object last = execution.getVariable(REMINDER_DAYS);
      DbsCheckService.Reminder next = volunteers.nextDbsReminder(volunteerId(execution),
          last instanceof Number n ? n.intValue() : null);
      execution.setVariable(NEXT_REMINDER_AT, next.dueAt());
      execution.setVariable(REMINDER_DAYS, next.daysBefore());
    }
  }

  /** Task_SendDbsReminder (asynchronous, retried; each reminder sent once). */
  @Component("sendDbsReminderDelegate")
  static class SendDbsReminderDelegate implements JavaDelegate {
    private final VolunteerMessages volunteers;

    SendDbsReminderDelegate(VolunteerMessages volunteers) {
      this.volunteers = volunteers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      volunteers.sendDbsReminder(volunteerId(execution), ((Number) execution.getVariable(REMINDER_DAYS)).intValue());
    }
  }
}
