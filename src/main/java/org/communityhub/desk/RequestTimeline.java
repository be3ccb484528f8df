package org.communityhub.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communityhub.desk.TimelineEntry.Kind;
import org.communityhub.disclosures.DisclosureService;
import org.communityhub.disclosures.DisclosureView;
import org.communityhub.dispatch.DispatchHistory;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.RequestAction;
import org.communityhub.intake.RequestStatus;
import org.communityhub.referrals.ReferralService;
import org.communityhub.referrals.RequestReferral;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A request's story in time order, put together from what each feature recorded: intake (received,
 * eligibility, closed), dispatch (offers and their answers, assignment, outcome), referrals (the
 * partner's answers), the disclosure register and what staff did on the desk (notes, contact
 * details, referrals, withdrawal: intake's action record).
 */
@Component
class RequestTimeline {

  private final DispatchHistory dispatch;
  private final ReferralService referrals;
  private final DisclosureService disclosures;
  private final WorkflowFacts workflow;
  private final MessageSource messages;

  RequestTimeline(DispatchHistory dispatch, ReferralService referrals, DisclosureService disclosures,
      WorkflowFacts workflow, MessageSource messages) {
    this.messages = messages;
    this.dispatch = dispatch;
    this.referrals = referrals;
    this.disclosures = disclosures;
    this.workflow = workflow;
  }

  List<TimelineEntry> of(HelpRequest request, Optional<String> attachedTo) {
    return of(request, attachedTo, List.of());
  }

  List<TimelineEntry> of(HelpRequest request, Optional<String> attachedTo, List<RequestAction> actions) {
    List<TimelineEntry> entries = new ArrayList<>();
    entries.add(new TimelineEntry(request.getCreatedAt(), Kind.RECEIVED, request.getChannel().name(), null));
    if (request.getStatus() == RequestStatus.ATTACHED && attachedTo.isPresent()) {
      entries.add(new TimelineEntry(request.getCreatedAt(), Kind.ATTACHED, attachedTo.get(), null));
    }
    if (request.getEligibilityOutcome() != null) {
      Instant decided = workflow.eligibilityDecidedAt(request.getReference()).orElse(request.getCreatedAt());
      entries.add(new TimelineEntry(decided, Kind.ELIGIBILITY_DECIDED, request.getEligibilityOutcome().name(),
          request.getEligibilityReason()));
    }
    if (request.getSignpostedTo() != null) {
      entries.add(new TimelineEntry(decidedOrReceived(entries), Kind.SIGNPOSTED, null, request.getSignpostedTo()));
    }
    for (DispatchHistory.Event event : dispatch.forRequest(request.getId())) {
      entries.add(new TimelineEntry(event.at(), Kind.valueOf(event.kind().name()), event.volunteerReference(),
          event.outcome() == null ? null : event.outcome().label()));
    }
    for (RequestReferral referral : referrals.forRequest(request.getId())) {
      add(entries, referral.openedAt(), Kind.REFERRAL_OPENED, referral.partnerName(), referral.reason());
      add(entries, referral.sentAt(), Kind.REFERRAL_SENT, referral.partnerName(), null);
      add(entries, referral.acknowledgedAt(), Kind.REFERRAL_ACKNOWLEDGED, referral.partnerName(), null);
      add(entries, referral.acceptedAt(), Kind.REFERRAL_ACCEPTED, referral.partnerName(), null);
      if (referral.declineReason() != null) {
        add(entries, referral.closedAt(), Kind.REFERRAL_DECLINED, referral.partnerName(), referral.declineReason());
      } else {
        add(entries, referral.closedAt(), Kind.REFERRAL_CLOSED, referral.partnerName(), referral.outcome());
      }
    }
    for (DisclosureView disclosure : disclosures.forResident(request.getResidentId())) {
      if (request.getId().equals(disclosure.requestId())) {
        entries.add(new TimelineEntry(disclosure.disclosedAt(), Kind.DISCLOSED, disclosure.recipient(),
            String.join(", ", disclosure.fields()).toLowerCase(java.util.Locale.UK).replace('_', ' ')));
      }
    }
    for (RequestAction action : actions) {
      entries.add(new TimelineEntry(action.recordedAt(), Kind.valueOf(action.kind().name()), action.recordedBy(),
          detail(action)));
    }
    add(entries, request.getClosedAt(), Kind.CLOSED, null, null);
    entries.sort(Comparator.comparing(TimelineEntry::at));
    return entries;
  }

  private String detail(RequestAction action) {
    String erased = action.erased() ? say("timeline.erasedText") : null;
    return switch (action.kind()) {
      case NOTE -> action.erased() ? erased : action.note();
      case CONTACT_UPDATED -> say("timeline.changedFields", action.summary());
      case REFERRED -> say("partnerType." + action.summary());
      case WITHDRAWN -> {
        String reason = say("withdrawal." + action.summary());
        String typed = action.erased() ? erased : action.note();
        yield typed == null ? capitalised(reason) : capitalised(reason) + ": " + typed;
      }
    };
  }

  private String say(String key, Object... args) {
    return messages.getMessage(key, args, java.util.Locale.UK);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static void add(List<TimelineEntry> entries, Instant at, Kind kind, String subject, String detail) {
    if (at != null) {
      entries.add(new TimelineEntry(at, kind, subject, detail));
    }
  }

  private static Instant decidedOrReceived(List<TimelineEntry> entries) {
    return entries.get(entries.size() - 1).at();
  }
}
