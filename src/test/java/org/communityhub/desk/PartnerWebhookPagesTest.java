package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.partnerapi.PartnerAdministration;
import org.communityhub.partners.Partner;
import org.communityhub.security.StaffGroups;
import org.communityhub.security.StaffWebSecurityConfig;
import org.communityhub.webhooks.PartnerWebhook;
import org.communityhub.webhooks.WebhookService;
import org.communityhub.webhooks.WebhookStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A partner's webhook on the administrators' pages, with the real security rules and templates and
 * webhooks' service stood in for: only administrators see it or switch it back on, a switch is a
 * post answered 303, and the page never shows the signing secret.
 */
@WebMvcTest(controllers = PartnersController.class)
@Import({StaffWebSecurityConfig.class, DeskLayout.class, DeskFormat.class})
class PartnerWebhookPagesTest {

  @Autowired MockMvc mvc;
  @MockitoBean IdentityService identityService;
  @MockitoBean PartnerAdministration partners;
  @MockitoBean WebhookService webhooks;
  @MockitoBean AccessLog accessLog;

  @BeforeEach
  void aFoodBankWhoseWebhookIsFailing() {
    Partner foodBank = mock(Partner.class);
    when(foodBank.getId()).thenReturn(4L);
    when(foodBank.getCode()).thenReturn("foodbank");
    when(foodBank.getName()).thenReturn("Demo Borough Food Bank");
    when(foodBank.getPartnerType()).thenReturn(PartnerType.FOOD_BANK);
    when(partners.find("foodbank")).thenReturn(Optional.of(foodBank));
    when(partners.find("nobody")).thenReturn(Optional.empty());
    when(webhooks.find(4L)).thenReturn(Optional.of(new PartnerWebhook(4L, "https://hooks.foodbank.example/hub",
        WebhookStatus.FAILING, Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-12-01T08:00:00Z"),
        Instant.parse("2026-12-01T22:15:00Z"), "no answer in time", Instant.parse("2026-12-01T22:15:00Z"), 3)));
    when(webhooks.switchBackOn(eq(4L), anyString())).thenReturn(true);
  }

  @Test
  void onlyAdministratorsSeeAWebhookOrSwitchItBackOn() throws Exception {
    for (String group : everyGroup()) {
      boolean admin = group.equals(StaffGroups.ADMINS);
      assertThat(mvc.perform(get("/staff/partners/foodbank/webhook").with(member(group))).andReturn().getResponse()
          .getStatus()).as(group).isEqualTo(admin ? 200 : 403);
      if (!admin) {
        assertThat(mvc.perform(post("/staff/partners/foodbank/webhook/switch-on").with(csrf()).with(member(group)))
            .andReturn().getResponse().getStatus()).as(group).isEqualTo(403);
      }
    }
    verify(webhooks, never()).switchBackOn(anyLong(), anyString());
  }

  @Test
  void theWebhookPageSaysWhatFailsAndHowMuchWaitsInPlainWords() throws Exception {
    String page = mvc.perform(get("/staff/partners/foodbank/webhook").with(member(StaffGroups.ADMINS))).andReturn()
        .getResponse().getContentAsString().replace("&#39;", "'");
    assertThat(page).contains("Failing", "https://hooks.foodbank.example/hub", "1 December 2026 at 10:15pm",
        "no answer in time", "Switch the webhook back on").doesNotContain("whsec_", "FAILING");
  }

  @Test
  void switchingBackOnIsAPostAnsweredSeeOther() throws Exception {
    MvcResult switched = mvc.perform(post("/staff/partners/foodbank/webhook/switch-on").with(csrf())
        .with(member(StaffGroups.ADMINS))).andReturn();
    assertThat(switched.getResponse().getStatus()).isEqualTo(303);
    assertThat(switched.getResponse().getRedirectedUrl()).isEqualTo("/staff/partners/foodbank/webhook");
    assertThat(switched.getFlashMap().get("done").toString()).contains("Demo Borough Food Bank", "switched back on");
    verify(webhooks).switchBackOn(4L, "staff");

    assertThat(mvc.perform(post("/staff/partners/nobody/webhook/switch-on").with(csrf())
        .with(member(StaffGroups.ADMINS))).andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(post("/staff/partners/foodbank/webhook/switch-on").with(member(StaffGroups.ADMINS)))
        .andReturn().getResponse().getStatus()).as("without the form's CSRF token").isEqualTo(403);
  }

  private static List<String> everyGroup() {
    List<String> groups = new java.util.ArrayList<>(Arrays.stream(StaffGroups.values()).map(StaffGroups::id).toList());
    groups.add(StaffGroups.ADMINS);
    return groups;
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor member(String group) {
    return user("staff").authorities(new SimpleGrantedAuthority("GROUP_" + group));
  }
}
