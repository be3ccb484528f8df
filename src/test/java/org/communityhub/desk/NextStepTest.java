package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communityhub.area.AreaCheck;
import org.communityhub.area.AreaService;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.RequestAction;
import org.communityhub.intake.RequestStatus;
import org.communityhub.residents.ResidentDetails;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The sentence a call handler reads out, for each place a request can be, in the desk's own words. */
class NextStepTest {

  private static final ResidentDetails OUTSIDE = new ResidentDetails("Ann", "Lee", LocalDate.of(1940, 1, 1),
      "01925 111222", null, "1 Bank Street", null, "Warrington", "WA1 1AA");
  private final AreaService area = mock(AreaService.class);
  private final NextStep nextStep = new NextStep(area, messages());

  @Test
  void eachStatusIsSaidInPlainWords() {
    assertThat(say(request(RequestStatus.AWAITING_VOLUNTEER, Priority.P2, null))).isEqualTo(
        "Waiting for a volunteer, priority 2: within 2 days");
    assertThat(say(request(RequestStatus.AWAITING_REFERRAL, Priority.P2, PartnerType.HOUSING_PROVIDER)))
        .isEqualTo("Referred to a partner: Housing provider");
    assertThat(say(request(RequestStatus.IN_REVIEW, null, null))).isEqualTo("An eligibility officer will review it");
    assertThat(nextStep.of(request(RequestStatus.ATTACHED, null, null), OUTSIDE, Optional.of("HR-2026-000042"),
        List.of())).isEqualTo("Added to open request HR-2026-000042");
    assertThat(say(request(RequestStatus.CLOSED, null, null))).isEqualTo("Closed: the help was given or arranged");
  }

  @Test
  void aRequestFromOutsideTheAreaNamesTheCouncilAndWhereToSendTheCaller() {
    when(area.check("WA1 1AA")).thenReturn(new AreaCheck("WA1", false, "Warrington Borough Council",
        "https://www.warrington.gov.uk"));
    assertThat(say(request(RequestStatus.OUT_OF_AREA, null, null))).isEqualTo(
        "Signposted to Warrington Borough Council \u2014 give the caller their website: https://www.warrington.gov.uk");
  }

  @Test
  void aWithdrawnRequestSaysWhoClosedItAndWhy() {
    RequestAction withdrawn = new RequestAction(RequestAction.Kind.WITHDRAWN, "HELPED_ELSEWHERE", null, "dutymanager",
        Instant.now(), false);
    assertThat(nextStep.of(request(RequestStatus.CLOSED, null, null), OUTSIDE, Optional.empty(), List.of(withdrawn)))
        .isEqualTo("Closed by dutymanager: the resident is being helped elsewhere");
  }

  private String say(HelpRequest request) {
    return nextStep.of(request, OUTSIDE, Optional.empty(), List.of());
  }

  private static HelpRequest request(RequestStatus status, Priority priority, PartnerType partnerType) {
    HelpRequest request = mock(HelpRequest.class);
    when(request.getStatus()).thenReturn(status);
    when(request.getPriority()).thenReturn(priority);
    when(request.getPartnerType()).thenReturn(partnerType);
    return request;
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
