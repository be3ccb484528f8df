package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.intake.RequestAction;
import org.communityhub.intake.RequestStatus;
import org.communityhub.intake.WithdrawalReason;
import org.communityhub.privacy.ErasureService;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentService;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The request page's actions against the whole hub: what is stored, what is erased, what ends. */
@HubIntegrationTest
class CaseworkActionsTest {

  @Autowired RequestActions actions;
  @Autowired IntakeService intake;
  @Autowired ResidentService residents;
  @Autowired ErasureService erasure;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aNoteIsKeptWithWhoWroteItAndIsErasedWithTheResident() {
    HelpRequest request = recorded(aRequest().build());

    actions.addNote(request, "  Daughter Sue calls on Sundays; key safe code with her  ", "callhandler");
    actions.withdraw(request, WithdrawalReason.OTHER, "Moved in with Sue", "dutymanager");

    List<RequestAction> done = intake.actionsOn(request.getId());
    assertThat(done).extracting(RequestAction::kind)
        .containsExactly(RequestAction.Kind.NOTE, RequestAction.Kind.WITHDRAWN);
    assertThat(done.get(0).note()).isEqualTo("Daughter Sue calls on Sundays; key safe code with her");
    assertThat(done.get(0).recordedBy()).isEqualTo("callhandler");
    assertThat(done.get(0).recordedAt()).isNotNull();
    assertThat(done.get(1).note()).isEqualTo("Moved in with Sue");

    erasure.erase(request.getResidentId(), "Subject asked for erasure", "dpo");

    assertThat(intake.actionsOn(request.getId())).allSatisfy(action -> {
      assertThat(action.note()).isNull();
      assertThat(action.erased()).isTrue();
    }).extracting(RequestAction::recordedBy).containsExactly("callhandler", "dutymanager");
    assertThat(jdbc.queryForObject("select count(*) from help_request_action where request_id = ? and note is not null",
        Long.class, request.getId())).isZero();
  }

  @Test
  void updatingContactDetailsChangesOnlyWhatWasTypedAndIsRecorded() {
    IntakeCommand given = aRequest().email("edna@example.org").build();
    HelpRequest request = recorded(given);

    boolean changed = actions.updateContactDetails(request,
        new RequestActionForms.ContactForm("01744 999888", "  ", "", null, null, "wa10 2aa"), "coordinator");

    assertThat(changed).isTrue();
    ResidentDetails now = residents.find(request.getResidentId()).orElseThrow();
    assertThat(now.phone()).isEqualTo("01744999888");
    assertThat(now.email()).as("blank keeps it").isEqualTo("edna@example.org");
    assertThat(now.addressLine1()).as("blank keeps it").isEqualTo(given.addressLine1());
    assertThat(now.town()).isEqualTo(given.town());
    assertThat(now.postcode()).isEqualTo("WA10 2AA");
    assertThat(now.firstName()).isEqualTo(given.firstName());
    assertThat(intake.actionsOn(request.getId())).singleElement().satisfies(action -> {
      assertThat(action.kind()).isEqualTo(RequestAction.Kind.CONTACT_UPDATED);
      assertThat(action.summary()).isEqualTo("phone, postcode");
      assertThat(action.recordedBy()).isEqualTo("coordinator");
    });

    assertThat(actions.updateContactDetails(request,
        new RequestActionForms.ContactForm("01744 999888", null, null, null, null, null), "coordinator"))
        .as("the same number again changes nothing").isFalse();
    assertThat(intake.actionsOn(request.getId())).hasSize(1);
  }

  @Test
  void withdrawingARequestWaitingForAVolunteerEndsItsProcessesAndTasks() {
    HelpRequest request = recorded(aRequest().build());
    assertThat(intake.findByReference(request.getReference()).orElseThrow().getStatus())
        .isEqualTo(RequestStatus.AWAITING_VOLUNTEER);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.getReference()).count())
        .as("intake and dispatch running").isGreaterThanOrEqualTo(2);

    boolean withdrawn = actions.withdraw(request, WithdrawalReason.NO_LONGER_NEEDED, null, "callhandler");

    assertThat(withdrawn).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.getReference()).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(request.getReference()).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(request.getReference()).list())
        .extracting(HistoricProcessInstance::getState).containsOnly("EXTERNALLY_TERMINATED");
    HelpRequest after = intake.findByReference(request.getReference()).orElseThrow();
    assertThat(after.getStatus()).isEqualTo(RequestStatus.CLOSED);
    assertThat(after.getClosedAt()).isNotNull();
    assertThat(jdbc.queryForList("select t.status from volunteer_task t where t.request_id = ?", String.class,
        request.getId())).containsOnly("WITHDRAWN");
    assertThat(jdbc.queryForObject("""
        select count(*) from volunteer_offer o join volunteer_task t on t.id = o.task_id
        where t.request_id = ? and o.status = 'OPEN'""", Long.class, request.getId())).isZero();
    assertThat(intake.actionsOn(request.getId())).singleElement().satisfies(action -> {
      assertThat(action.kind()).isEqualTo(RequestAction.Kind.WITHDRAWN);
      assertThat(action.summary()).isEqualTo("NO_LONGER_NEEDED");
      assertThat(action.note()).isNull();
    });
    assertThat(actions.withdraw(after, WithdrawalReason.DUPLICATE, null, "callhandler"))
        .as("a closed request is not withdrawn twice").isFalse();
  }

  @Test
  void aReferralFromTheDeskStartsThePartnerReferralAndWithdrawingEndsIt() {
    HelpRequest request = recorded(aRequest().needs(Need.FOOD).consentToShare(true).build());

    actions.refer(request, PartnerType.HOUSING_PROVIDER, "Damp flat, landlord not answering", "callhandler");
    Jobs.awaitDueJobs(management);

    List<Map<String, Object>> referrals = jdbc.queryForList("select status, reason from referral where request_id = ?",
        request.getId());
    assertThat(referrals).singleElement().satisfies(row -> {
      assertThat(row.get("reason")).isEqualTo("Damp flat, landlord not answering");
      assertThat(row.get("status")).isIn("OPENED", "SENT");
    });
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.getReference())
        .processDefinitionKey("partner-referral").count()).isEqualTo(1);

    actions.withdraw(request, WithdrawalReason.HELPED_ELSEWHERE, null, "dutymanager");

    assertThat(jdbc.queryForObject("select status from referral where request_id = ?", String.class, request.getId()))
        .isEqualTo("WITHDRAWN");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.getReference()).count()).isZero();
    assertThat(intake.actionsOn(request.getId())).extracting(RequestAction::kind)
        .containsExactly(RequestAction.Kind.REFERRED, RequestAction.Kind.WITHDRAWN);
  }

  @Test
  void aRequestIsListedForTheStaffMemberWhoRecordedItToday() {
    String handler = "handler" + System.nanoTime();
    HelpRequest mine = recorded(aRequest().submittedBy(handler).build());
    recorded(aRequest().submittedBy("someone-else").build());

    assertThat(intake.recordedTodayBy(handler, 50)).extracting(HelpRequest::getReference)
        .containsExactly(mine.getReference());
  }

  private HelpRequest recorded(IntakeCommand command) {
    String reference = intake.submit(command).reference();
    Jobs.awaitDueJobs(management);
    return intake.findByReference(reference).orElseThrow();
  }
}
