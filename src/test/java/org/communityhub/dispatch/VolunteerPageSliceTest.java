package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.communityhub.platform.PublicPageLayout;
import org.communityhub.security.StaffWebSecurityConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The volunteer page's answers to bad links and bad input, web layer only (the real templates,
 * links and security rules; dispatch's services stood in for): each is a plain page with the right
 * status, and nothing is asked of dispatch that would change anything. The whole journey runs
 * against the hub in VolunteerPageTest and VolunteerPageBrowserTest.
 */
@WebMvcTest(controllers = VolunteerPageController.class)
@Import({StaffWebSecurityConfig.class, PublicPageLayout.class, OfferLinks.class, VolunteerPageSliceTest.Links.class})
class VolunteerPageSliceTest {

  private static final Instant NOW = Instant.parse("2026-07-01T10:00:00Z");

  @TestConfiguration
  @EnableConfigurationProperties(VolunteerPageSettings.class)
  static class Links {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired OfferLinks links;
  @MockitoBean IdentityService identityService;
  @MockitoBean OfferService offers;
  @MockitoBean OutcomeService outcomes;
  @MockitoBean VolunteerDisclosures disclosures;

  private static DispatchRecords.OfferRow offer(String status) {
    return new DispatchRecords.OfferRow(5, 9, 3, status, 11, 12, "WA10 (St Helens town centre)", "Shopping",
        NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(13)), null);
  }

  private String link() {
    return "/volunteer/offers/" + links.tokenFor(5, NOW.plus(Duration.ofDays(2)));
  }

  @Test
  void aLinkWithAWrongSignatureIsNotValidAndNothingIsLookedUp() throws Exception {
    String forged = link().substring(0, link().length() - 3) + "abc";

    MvcResult page = mvc.perform(get(forged)).andReturn();
    MvcResult answer = mvc.perform(post(forged + "/accept")).andReturn();

    assertThat(page.getResponse().getStatus()).isEqualTo(404);
    assertThat(page.getResponse().getContentAsString()).contains("This link is not valid")
        .contains("govuk-frontend.min.css");
    assertThat(answer.getResponse().getStatus()).isEqualTo(404);
    verifyNoInteractions(offers, outcomes, disclosures);
  }

  @Test
  void anExpiredLinkSaysSoAndChangesNothing() throws Exception {
    String expired = "/volunteer/offers/" + links.tokenFor(5, NOW.minusSeconds(1));

    MvcResult answer = mvc.perform(post(expired + "/accept")).andReturn();

    assertThat(answer.getResponse().getStatus()).isEqualTo(410);
    assertThat(answer.getResponse().getContentAsString()).contains("This link has expired");
    verifyNoInteractions(offers, outcomes, disclosures);
  }

  @Test
  void anOpenOfferShowsWhereWhatAndWhenButNotTheResident() throws Exception {
    when(offers.offer(5)).thenReturn(Optional.of(offer("OPEN")));

    MvcResult page = mvc.perform(get(link())).andReturn();

    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    assertThat(page.getResponse().getContentAsString()).contains("Can you help?", "WA10 (St Helens town centre)",
        "Shopping", "between Wednesday 1 July, 12:00pm and Thursday 2 July, 12:00am");
    verifyNoInteractions(disclosures);
  }

  @Test
  void anOutcomeWithoutAChoiceOrWithOverlongNotesIsA400BesideTheFieldAndNothingIsReported() throws Exception {
    when(offers.offer(5)).thenReturn(Optional.of(offer("ACCEPTED")));
    when(disclosures.showResidentTo(any())).thenReturn(
        new VolunteerDisclosures.Shown("Winifred", "14 Claughton Street, WA10 1SN", null, null));

    MvcResult noChoice = mvc.perform(post(link() + "/outcome").param("notes", "Left at the door")).andReturn();
    MvcResult longNotes = mvc.perform(post(link() + "/outcome").param("outcome", "DONE")
        .param("notes", "x".repeat(1001))).andReturn();

    assertThat(noChoice.getResponse().getStatus()).isEqualTo(400);
    assertThat(noChoice.getResponse().getContentAsString()).contains("There is a problem")
        .contains("href=\"#outcome\"").contains("id=\"outcome-error\"").contains("Left at the door");
    assertThat(longNotes.getResponse().getStatus()).isEqualTo(400);
    assertThat(longNotes.getResponse().getContentAsString()).contains("href=\"#notes\"")
        .contains("Notes must be 1000 characters or fewer");
    verify(outcomes, never()).reportOutcome(anyLong(), any(), any());
  }

  @Test
  void aTakenAnswerIsSeeOtherAndASecondOneIsAConflict() throws Exception {
    when(offers.offer(5)).thenReturn(Optional.of(offer("OPEN")));
    when(offers.accept(5)).thenReturn(AnswerResult.TAKEN, AnswerResult.ALREADY_ANSWERED);

    MvcResult first = mvc.perform(post(link() + "/accept")).andReturn();
    MvcResult second = mvc.perform(post(link() + "/accept")).andReturn();

    assertThat(first.getResponse().getStatus()).isEqualTo(303);
    assertThat(first.getResponse().getHeader("Location")).isEqualTo(link());
    assertThat(second.getResponse().getStatus()).isEqualTo(409);
    assertThat(second.getResponse().getContentAsString()).contains("You have already answered this offer");
    verify(offers, never()).decline(eq(5L));
  }
}
