package org.communityhub.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda 7 CE evaluates JUEL expressions inside the {@code orQueries} of a task query sent to the
 * REST API, even with ad-hoc query expressions switched off, so a signed-in user could run code.
 * This filter refuses (400) any task or filter query whose {@code orQueries} carry an expression,
 * on /engine-rest and on the webapps' internal engine API alike.
 */
public class TaskQueryExpressionGuard extends OncePerRequestFilter {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    if (carriesExpressionInOrQueries(body)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/problem+json");
      response.getWriter().write("""
          {"type":"about:blank","title":"Bad Request","status":400,\
          "detail":"orQueries: expressions are not allowed in task queries."}""");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private boolean carriesExpressionInOrQueries(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException notJson) {
      return false; // Camunda itself rejects a body it cannot read
    }
    return root != null && anyOrQueryWithExpression(root);
  }

  private boolean anyOrQueryWithExpression(JsonNode node) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if ("orQueries".equals(field.getKey()) && containsExpression(field.getValue())) {
          return true;
        }
        if (anyOrQueryWithExpression(field.getValue())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        if (anyOrQueryWithExpression(element)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Any "...Expression" criterion, or any text with ${...} or #{...}. */
  private static boolean containsExpression(JsonNode node) {
    if (node.isTextual()) {
      String text = node.asText();
      return text.contains("${") || text.contains("#{");
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().endsWith("Expression") || containsExpression(field.getValue())) {
        return true;
      }
    }
    for (JsonNode element : node) {
      if (node.isArray() && containsExpression(element)) {
        return true;
      }
    }
    return false;
  }

  /** The request with its body read once here and replayed to Camunda. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
