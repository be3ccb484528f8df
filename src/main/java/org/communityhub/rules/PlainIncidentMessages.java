package org.communityhub.rules;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * Failed-job incidents say in plain words, first, which step stopped and what to do; Camunda's own
 * message (the parser's text, the exception) follows for the process owner, and the stack trace
 * stays in Cockpit's details.
 */
class PlainIncidentMessages extends DefaultIncidentHandler {

  private static final int TECHNICAL_DETAIL_LIMIT = 1500;

  PlainIncidentMessages() {
    super(Incident.FAILED_JOB_HANDLER_TYPE);
  }

  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    return super.handleIncident(context, plain(context, message));
  }

  private static String plain(IncidentContext context, String technical) {
    String step = stepName(context);
    String detail = technical == null ? "" : technical.length() > TECHNICAL_DETAIL_LIMIT
        ? technical.substring(0, TECHNICAL_DETAIL_LIMIT) + "…" : technical;
    return "The step '" + step + "' stopped after its retries; the request is stored and waits here. Fix the cause"
        + " (for a rule, deploy a corrected version: waiting requests are then retried), or retry here once it"
        + " is fixed. Technical detail: " + detail;
  }

  private static String stepName(IncidentContext context) {
    String activityId = context.getFailedActivityId() != null ? context.getFailedActivityId() : context.getActivityId();
    try {
      ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(context.getProcessDefinitionId());
      ActivityImpl activity = definition.findActivity(activityId);
      Object name = activity == null ? null : activity.getProperty("name");
      return name == null ? activityId : name.toString();
    } catch (RuntimeException notFound) {
      return activityId;
    }
  }
}
