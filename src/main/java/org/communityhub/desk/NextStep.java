package org.communityhub.desk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityhub.area.AreaCheck;
import org.communityhub.area.AreaService;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.RequestAction;
import org.communityhub.residents.ResidentDetails;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What happens next to a request, as one sentence a call handler can read out to the caller
 * ("Waiting for a volunteer, priority 1: today"). Worded in messages.properties ("next." keys).
 */
@Component
class NextStep {

  private final AreaService area;
  private final MessageSource messages;

  NextStep(AreaService area, MessageSource messages) {
    this.area = area;
    this.messages = messages;
  }

  /**
   * @param attachedTo the reference of the open request this one was added to, if it was
   * @param actions what staff did to the request (the reason a withdrawn request was closed)
   */
  String of(HelpRequest request, ResidentDetails resident, Optional<String> attachedTo, List<RequestAction> actions) {
    return switch (request.getStatus()) {
      case RECEIVED -> say("next.RECEIVED");
      case IN_REVIEW -> say("next.IN_REVIEW");
      case AWAITING_VOLUNTEER -> request.getPriority() == null ? say("next.AWAITING_VOLUNTEER.unprioritised")
          : say("next.AWAITING_VOLUNTEER", request.getPriority().name().substring(1),
              say("next.priority." + request.getPriority()));
      case AWAITING_REFERRAL -> request.getPartnerType() == null ? say("next.AWAITING_REFERRAL.untyped")
          : say("next.AWAITING_REFERRAL", say("partnerType." + request.getPartnerType()));
      case OUT_OF_AREA -> outOfArea(request, resident);
      case SIGNPOSTED -> say("next.SIGNPOSTED", request.getSignpostedTo());
      case ATTACHED -> say("next.ATTACHED", attachedTo.orElse(say("next.ATTACHED.unknown")));
      case CLOSED -> closed(actions);
    };
  }

  private String outOfArea(HelpRequest request, ResidentDetails resident) {
    AreaCheck check = resident == null || resident.postcode() == null ? null : area.check(resident.postcode());
    if (check == null || check.signpostCouncil() == null) {
      return say("next.SIGNPOSTED", request.getSignpostedTo());
    }
    return say("next.OUT_OF_AREA", check.signpostCouncil(), check.signpostWebsite());
  }

  private String closed(List<RequestAction> actions) {
    return actions.stream().filter(action -> action.kind() == RequestAction.Kind.WITHDRAWN)
        .reduce((first, second) -> second)
        .map(withdrawal -> say("next.WITHDRAWN", say("withdrawal." + withdrawal.summary()), withdrawal.recordedBy()))
        .orElse(say("next.CLOSED"));
  }

  private String say(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
