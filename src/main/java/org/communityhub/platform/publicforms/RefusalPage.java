package org.communityhub.platform.publicforms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * The GOV.UK page (templates/public-forms/refused.html) a refused public form post is answered with,
 * from outside Spring MVC: the protection filter, and security's CSRF refusal ("the form timed out").
 */
@Component
public class RefusalPage {

  /** Why the post was refused; the page words each. */
  public enum Reason { TOO_LARGE, TOO_MANY, HONEYPOT, EXPIRED }

  private static final UrlPathHelper PATHS = new UrlPathHelper();
  private final ObjectProvider<ViewResolver> views;

  RefusalPage(@Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views) {
    this.views = views;
  }

  public void show(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Reason reason)
      throws IOException {
    show(request, response, status, reason, Map.of());
  }

  void show(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Reason reason,
      Map<String, Object> facts) throws IOException {
    response.setStatus(status.value());
    Map<String, Object> model = new HashMap<>(facts);
    model.put("reason", reason.name());
    model.put("back", PATHS.getPathWithinApplication(request));
    try {
      View page = views.getObject().resolveViewName("public-forms/refused", Locale.UK);
      page.render(model, request, response);
    } catch (Exception notRendered) {
      throw new IOException("The refusal page could not be shown", notRendered);
    }
  }
}
