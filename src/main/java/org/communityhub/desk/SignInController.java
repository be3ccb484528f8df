package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hub's sign-in page. Spring Security checks the form post against Camunda's identity service
 * (StaffWebSecurityConfig); when that fails it forwards here to show the form again.
 */
@Controller
class SignInController {

  @GetMapping("/login")
  String form(@RequestParam(required = false) String signedOut, Model model) {
    model.addAttribute("signedOut", signedOut != null);
    model.addAttribute("errors", List.of());
    return "login";
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
