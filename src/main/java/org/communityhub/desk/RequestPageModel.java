package org.communityhub.desk;

import java.util.List;
import java.util.Optional;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.RequestAction;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a request's page shows, for the page itself and for an action's form shown again with its
 * problems. The view is recorded in the access log before any detail is put in the model.
 */
@Component
class RequestPageModel {

  private final IntakeService intake;
  private final ResidentService residents;
  private final RequestTimeline timeline;
  private final WorkflowFacts workflow;
  private final NextStep nextStep;
  private final AccessLog accessLog;

  RequestPageModel(IntakeService intake, ResidentService residents, RequestTimeline timeline, WorkflowFacts workflow,
      NextStep nextStep, AccessLog accessLog) {
    this.intake = intake;
    this.residents = residents;
    this.timeline = timeline;
    this.workflow = workflow;
    this.nextStep = nextStep;
    this.accessLog = accessLog;
  }

  void fill(Model model, HelpRequest request, String staffUser) {
    ResidentDetails resident = residents.find(request.getResidentId()).orElseThrow();
    accessLog.recordViews(staffUser, DeskPage.REQUEST, List.of(request.getResidentId()), request.getReference());
    Optional<String> attachedTo = Optional.ofNullable(request.getAttachedToId()).flatMap(intake::find)
        .map(HelpRequest::getReference);
    List<RequestAction> actions = intake.actionsOn(request.getId());
    model.addAttribute("request", request);
    model.addAttribute("attachedTo", attachedTo.orElse(null));
    model.addAttribute("resident", resident);
    model.addAttribute("residentId", request.getResidentId());
    model.addAttribute("nextStep", nextStep.of(request, resident, attachedTo, actions));
    model.addAttribute("timeline", timeline.of(request, attachedTo, actions));
    model.addAttribute("tasks", workflow.openTasks(request.getReference()));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", List.of());
    }
    addIfAbsent(model, "noteForm", new RequestActionForms.NoteForm(null));
    addIfAbsent(model, "contactForm", RequestActionForms.ContactForm.empty());
    addIfAbsent(model, "referralForm", new RequestActionForms.ReferralForm(null, null));
    addIfAbsent(model, "withdrawalForm", new RequestActionForms.WithdrawalForm(null, null));
  }

  private static void addIfAbsent(Model model, String name, Object value) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, value);
    }
  }
}
