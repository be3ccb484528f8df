package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.communityhub.security.OidcStaffSignIn;
import org.communityhub.security.StaffSignInProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hub's sign-in page: the user name and password form, whose post Spring Security checks
 * against Camunda's identity service (StaffWebSecurityConfig; when that fails it forwards here to
 * show the form again), and the council's identity provider's button, either or both as
 * hub.staff-sign-in.* says.
 */
@Controller
class SignInController {

  private final StaffSignInProperties signIn;

  SignInController(StaffSignInProperties signIn) {
    this.signIn = signIn;
  }

  @ModelAttribute
  void waysToSignIn(Model model) {
    model.addAttribute("passwordEnabled", signIn.passwordEnabled());
    model.addAttribute("provider", signIn.oidcEnabled() ? signIn.oidc().providerName() : null);
    model.addAttribute("providerSignIn", OidcStaffSignIn.SIGN_IN_PATH);
  }

  @GetMapping("/login")
  String form(@RequestParam(required = false) String signedOut, @RequestParam(required = false) String providerFailed,
      Model model, HttpServletResponse response) {
    model.addAttribute("signedOut", signedOut != null);
    model.addAttribute("errors", List.of());
    if (providerFailed != null && signIn.oidcEnabled()) {
      // e.g. the user cancelled at the provider, or its answer could not be checked
      model.addAttribute("errors", List.of(new FormError("provider-sign-in",
          "Signing in with " + signIn.oidc().providerName() + " did not work. Try again.")));
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    return "login";
  }

  /** Signed in at the identity provider, but in none of the groups the hub maps to staff groups. */
  @GetMapping("/login/refused")
  String refused(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    return "login-refused";
  }

  @PostMapping("/login/failed")
  String failed(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
      Model model, HttpServletResponse response) {
    List<FormError> errors = new ArrayList<>();
    if (username.isBlank()) {
      errors.add(new FormError("username", "Enter your user name"));
    }
    if (password.isEmpty()) {
      errors.add(new FormError("password", "Enter your password"));
    }
    if (errors.isEmpty()) {
      // One message for both: which of the two was wrong is not said.
      errors.add(new FormError("username", "The user name or password is not right. Check them and try again."));
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    } else {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    model.addAttribute("username", username);
    model.addAttribute("signedOut", false);
    model.addAttribute("errors", errors);
    return "login";
  }
}
