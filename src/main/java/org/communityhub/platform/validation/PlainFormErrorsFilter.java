package org.communityhub.platform.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist submits forms through the webapps' own engine API (/camunda/api/engine/…), not through
 * /engine-rest where {@link PlainFormErrors} answers: there Camunda's message reads "Cannot
 * instantiate process definition helpline-intake:1:…: Please correct the request: postcode: is not
 * a UK postcode …". This filter keeps only what to correct, each field by its label on the form.
 */
@Component
public class PlainFormErrorsFilter extends OncePerRequestFilter {

  private static final Pattern CAMUNDA_PREFIX =
      Pattern.compile("^Cannot (?:instantiate process definition|submit task form) [^ ]+?: (.*)$", Pattern.DOTALL);
  private static final Pattern HUB_LEAD = Pattern.compile("^Please correct the [a-z ]+: ");
  /** "postcode: " at the start or after "; ": a field key as the hub's messages name it. */
  private static final Pattern FIELD = Pattern.compile("(^|; )([A-Za-z][A-Za-z0-9]*): ");
  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"POST".equals(request.getMethod()) || !path.contains("/camunda/api/engine/")
        || !(path.endsWith("/submit-form") || path.endsWith("/complete"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, caching);
      if (caching.getStatus() == 400) {
        String plain = plain(new String(caching.getContentAsByteArray(), StandardCharsets.UTF_8));
        if (plain != null) {
          caching.resetBuffer();
          caching.getOutputStream().write(plain.getBytes(StandardCharsets.UTF_8));
        }
      }
    } finally {
      caching.copyBodyToResponse();
    }
  }

  /** The body with a plain message, or null to leave it as it is. */
  String plain(String body) {
    try {
      if (!(json.readTree(body) instanceof ObjectNode answer) || !answer.hasNonNull("message")) {
        return null;
      }
      Matcher camunda = CAMUNDA_PREFIX.matcher(answer.get("message").asText());
      if (!camunda.matches()) {
        return null;
      }
      String hub = HUB_LEAD.matcher(camunda.group(1)).replaceFirst("");
      String labelled = FIELD.matcher(hub).replaceAll(field -> (field.group(1).isEmpty() ? "" : ". ")
          + Matcher.quoteReplacement(FormLabels.of(field.group(2))) + ": ");
      answer.put("message", "Please correct the form. " + labelled + ".");
      return json.writeValueAsString(answer);
    } catch (IOException notJson) {
      return null;
    }
  }
}
