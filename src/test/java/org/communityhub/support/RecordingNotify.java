package org.communityhub.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * GOV.UK Notify as the hub sees it, with a memory: every SMS and email it accepts is kept, and a
 * later GET /v2/notifications?reference=... lists it, as the real Notify does. Tests that crash or
 * run several hubs need that: a hub killed after Notify took a message asks Notify before sending
 * again. Runs in the test JVM; hubs in other JVMs reach it over HTTP.
 */
public final class RecordingNotify implements AutoCloseable {

  public record Received(String reference, String type, JsonNode personalisation) {}

  private final ObjectMapper json = new ObjectMapper();
  private final List<Received> received = new ArrayList<>();
  private final Map<String, String> idByReference = new ConcurrentHashMap<>();
  private final WireMockServer server;

  public RecordingNotify() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new Memory()));
    server.start();
    server.stubFor(post(urlPathMatching("/v2/notifications/(sms|email)"))
        .willReturn(aResponse().withTransformers(Memory.NAME)));
    server.stubFor(get(urlPathEqualTo("/v2/notifications")).willReturn(aResponse().withTransformers(Memory.NAME)));
  }

  /** The hub's Notify settings, as command-line arguments of a hub process. */
  public List<String> hubArguments() {
    return List.of("--hub.notify.enabled=true", "--hub.notify.api-key=" + NotifyDouble.API_KEY,
        "--hub.notify.base-url=" + server.baseUrl(),
        "--hub.notify.templates.offer-sms=" + NotifyDouble.OFFER_SMS_TEMPLATE,
        "--hub.notify.templates.offer-email=" + NotifyDouble.OFFER_EMAIL_TEMPLATE,
        "--hub.notify.templates.referral-escalation-email=" + NotifyDouble.REFERRAL_ESCALATION_TEMPLATE,
        // a hub that sends needs every template id at start, even those a test does not use
        "--hub.notify.templates.volunteer-welcome-email=" + NotifyDouble.VOLUNTEER_WELCOME_TEMPLATE,
        "--hub.notify.templates.volunteer-not-accepted-email=" + NotifyDouble.VOLUNTEER_NOT_ACCEPTED_TEMPLATE,
        "--hub.notify.templates.dbs-reminder-email=" + NotifyDouble.DBS_REMINDER_TEMPLATE,
        "--hub.notify.templates.dbs-expired-email=" + NotifyDouble.DBS_EXPIRED_TEMPLATE,
        "--hub.notify.templates.ask-for-help-confirmation-email=" + NotifyDouble.ASK_FOR_HELP_EMAIL_TEMPLATE,
        "--hub.notify.templates.ask-for-help-confirmation-sms=" + NotifyDouble.ASK_FOR_HELP_SMS_TEMPLATE,
        "--hub.notify.templates.offer-help-confirm-email=" + NotifyDouble.OFFER_HELP_CONFIRM_TEMPLATE,
        "--hub.notify.templates.volunteer-sign-in-email=" + NotifyDouble.VOLUNTEER_SIGN_IN_TEMPLATE);
  }

  /** Every message Notify accepted, in order (a reference twice means a message was sent twice). */
  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** How many times Notify accepted each reference. */
  public Map<String, Long> countsByReference() {
    return received().stream().collect(Collectors.groupingBy(Received::reference, Collectors.counting()));
  }

  @Override
  public void close() {
    server.stop();
  }

  private synchronized void remember(Received message) {
    received.add(message);
  }

  private final class Memory implements ResponseDefinitionTransformerV2 {
    static final String NAME = "notify-memory";

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      var request = event.getRequest();
      if (request.getMethod().equals(RequestMethod.POST)) {
        JsonNode body = read(request.getBodyAsString());
        String type = request.getUrl().contains("/sms") ? "sms" : "email";
        String reference = body.path("reference").asText();
        remember(new Received(reference, type, body.path("personalisation")));
        idByReference.putIfAbsent(reference, UUID.randomUUID().toString());
        return answer(201, NotifyDouble.sentBody(body.path("template_id").asText(), type));
      }
      String reference = request.queryParameter("reference").isPresent()
          ? request.queryParameter("reference").firstValue() : null;
      String id = reference == null ? null : idByReference.get(reference);
      return answer(200, id == null
          ? "{\"notifications\": [], \"links\": {\"current\": \"" + server.baseUrl() + "/v2/notifications\"}}"
          : NotifyDouble.notificationListWith(id, reference, server.baseUrl()));
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    private ResponseDefinition answer(int status, String body) {
      return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body).build();
    }

    private JsonNode read(String body) {
      try {
        return json.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

}
