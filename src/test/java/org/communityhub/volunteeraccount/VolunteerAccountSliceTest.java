package org.communityhub.volunteeraccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.camunda.bpm.engine.IdentityService;
import org.communityhub.area.AreaService;
import org.communityhub.dispatch.DispatchHistory;
import org.communityhub.platform.PublicPageLayout;
import org.communityhub.platform.publicforms.RefusalPage;
import org.communityhub.security.PublicFormsSecurityConfig;
import org.communityhub.security.StaffWebSecurityConfig;
import org.communityhub.volunteers.VolunteerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The volunteer's own pages' web layer: a bad email is a 400 beside the field, any good one the same
 * redirect (whether or not it is registered: the service decides quietly), and no page of the
 * account opens or changes anything without a signed-in volunteer.
 */
@WebMvcTest(controllers = VolunteerAccountController.class)
@Import({PublicFormsSecurityConfig.class, RefusalPage.class, StaffWebSecurityConfig.class, PublicPageLayout.class})
class VolunteerAccountSliceTest {

  @Autowired MockMvc mvc;
  @MockitoBean IdentityService identityService;
  @MockitoBean VolunteerSignIn signIn;
  @MockitoBean VolunteerService volunteers;
  @MockitoBean DispatchHistory history;
  @MockitoBean AreaService area;

  @Test
  void aBadEmailIsShownBesideTheFieldAndNoLinkIsSent() throws Exception {
    MvcResult result = mvc.perform(post("/volunteer/sign-in").with(csrf()).param("email", "not an email")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString()).contains("id=\"email-error\"", "href=\"#email\"",
        "Enter an email address in the correct format");
    verify(signIn, never()).requestLink(any());
  }

  @Test
  void everyGoodEmailGetsTheSameAnswer() throws Exception {
    MvcResult result = mvc.perform(post("/volunteer/sign-in").with(csrf()).param("email", "a@example.org")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(303);
    assertThat(result.getResponse().getHeader("Location")).endsWith("/volunteer/sign-in/sent");
    verify(signIn).requestLink("a@example.org");
  }

  @Test
  void withoutASignedInVolunteerTheAccountOpensAndChangesNothing() throws Exception {
    MvcResult page = mvc.perform(get("/volunteer/account")).andReturn();
    MvcResult pause = mvc.perform(post("/volunteer/account/pause").with(csrf())).andReturn();
    MvcResult leave = mvc.perform(post("/volunteer/account/leave").with(csrf()).param("erase", "YES")).andReturn();
    MvcResult withoutToken = mvc.perform(post("/volunteer/account/leave").param("erase", "YES")).andReturn();

    assertThat(page.getResponse().getHeader("Location")).endsWith("/volunteer/sign-in");
    assertThat(pause.getResponse().getStatus()).isEqualTo(303);
    assertThat(leave.getResponse().getHeader("Location")).endsWith("/volunteer/sign-in");
    assertThat(withoutToken.getResponse().getStatus()).isEqualTo(403);
    verify(volunteers, never()).pause(anyLong());
    verify(volunteers, never()).leave(anyLong());
    verify(volunteers, never()).eraseOwnData(anyLong());
  }
}
