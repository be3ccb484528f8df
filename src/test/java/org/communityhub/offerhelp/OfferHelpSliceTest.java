package org.communityhub.offerhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.communityhub.area.AreaService;
import org.communityhub.organisations.OrganisationService;
import org.communityhub.platform.PublicPageLayout;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.platform.publicforms.RefusalPage;
import org.communityhub.security.PublicFormsSecurityConfig;
import org.communityhub.security.StaffWebSecurityConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The offer-help pages' web layer (real templates and security chains; the services stood in for):
 * a form posted without its CSRF token is refused, a refused form is a 400 page that stores
 * nothing, and a confirmation link is a page with a button, never a change on GET.
 */
@WebMvcTest(controllers = OfferHelpController.class)
@Import({PublicFormsSecurityConfig.class, RefusalPage.class, StaffWebSecurityConfig.class, PublicPageLayout.class})
class OfferHelpSliceTest {

  @Autowired MockMvc mvc;
  @MockitoBean IdentityService identityService;
  @MockitoBean OfferHelpService offers;
  @MockitoBean OrganisationService organisations;
  @MockitoBean AreaService area;

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefusedAndNothingIsKept() throws Exception {
    MvcResult result = mvc.perform(post("/offer-help/person").param("firstName", "Priya")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(403);
    verify(offers, never()).submit(any());
    verify(offers, never()).check(any());
  }

  @Test
  void aRefusedFormIsShownAgainWithItsProblemsAndNothingIsKept() throws Exception {
    when(offers.check(any())).thenReturn(List.of(new FieldError("email", "Enter your email address")));
    when(area.districtCodes()).thenReturn(List.of("WA10"));
    when(area.label("WA10")).thenReturn("St Helens town centre (WA10)");

    MvcResult result = mvc.perform(post("/offer-help/person").with(csrf()).param("firstName", "Priya")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    String page = result.getResponse().getContentAsString();
    assertThat(page).contains("There is a problem", "href=\"#email\"", "id=\"email-error\"", "govuk-form-group--error",
        "value=\"Priya\"", "<title>Error: Offer to volunteer", "name=\"_csrf\"",
        "<label for=\"website\">Leave this blank</label>", "name=\"website\"");
    assertThat(page).doesNotContain("<script", "style=\"");
    verify(offers, never()).submit(any());
  }

  @Test
  void anAcceptedFormRedirectsWith303() throws Exception {
    when(offers.check(any())).thenReturn(List.of());

    MvcResult result = mvc.perform(post("/offer-help/person").with(csrf()).param("firstName", "Priya")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(303);
    assertThat(result.getResponse().getHeader("Location")).endsWith("/offer-help/person/check-your-email");
    verify(offers).submit(any());
  }

  @Test
  void openingAConfirmationLinkChangesNothingAndABadOneIsA404() throws Exception {
    when(offers.state("good")).thenReturn(OfferHelpService.Confirmation.CONFIRMED);
    when(offers.state("bad")).thenReturn(OfferHelpService.Confirmation.INVALID);

    MvcResult good = mvc.perform(get("/offer-help/confirm/good")).andReturn();
    MvcResult bad = mvc.perform(get("/offer-help/confirm/bad")).andReturn();

    assertThat(good.getResponse().getStatus()).isEqualTo(200);
    assertThat(good.getResponse().getContentAsString()).contains("Confirm my offer");
    assertThat(bad.getResponse().getStatus()).isEqualTo(404);
    assertThat(bad.getResponse().getContentAsString()).contains("This link is not valid");
    verify(offers, never()).confirm(any());
  }
}
