package org.communityhub.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.UUID;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * WireMock standing in for GOV.UK Notify, on a local port: the hub's tests send offers through
 * the real Notify client to it. By default Notify accepts every SMS and email and knows no
 * earlier message; tests add their own stubs for failures.
 */
public class NotifyDouble implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String OFFER_SMS_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000001";
  public static final String OFFER_EMAIL_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000002";
  public static final String REFERRAL_ESCALATION_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000003";
  public static final String VOLUNTEER_WELCOME_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000011";
  public static final String VOLUNTEER_NOT_ACCEPTED_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000012";
  public static final String DBS_REMINDER_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000013";
  public static final String DBS_EXPIRED_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000014";
  public static final String ASK_FOR_HELP_EMAIL_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000021";
  public static final String ASK_FOR_HELP_SMS_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000022";
  public static final String OFFER_HELP_CONFIRM_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000023";
  public static final String VOLUNTEER_SIGN_IN_TEMPLATE = "7a0c2d4e-1111-4c3b-9f00-000000000024";
  /** Notify's key format: name-serviceId-secret (two UUIDs); the client signs JWTs with it. */
  static final String API_KEY = "hubtest-" + UUID.randomUUID() + "-" + UUID.randomUUID();

  private static WireMockServer server;

  public static synchronized WireMockServer server() {
    if (server == null) {
      server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
      server.start();
      resetToAccepting();
    }
    return server;
  }

  /** Notify accepts everything and has no earlier messages. */
  public static void resetToAccepting() {
    server().resetAll();
    server().stubFor(post(urlPathEqualTo("/v2/notifications/sms")).atPriority(10)
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(sentBody(OFFER_SMS_TEMPLATE, "sms"))));
    server().stubFor(post(urlPathEqualTo("/v2/notifications/email")).atPriority(10)
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(sentBody(OFFER_EMAIL_TEMPLATE, "email"))));
    server().stubFor(get(urlPathEqualTo("/v2/notifications")).atPriority(10)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"notifications\": [], \"links\": {\"current\": \"" + server().baseUrl() + "/v2/notifications\"}}")));
  }

  /** Notify's answer to a send: a new notification id. */
  static String sentBody(String templateId, String type) {
    return """
        {"id": "%s", "reference": null,
         "content": {"body": "Can you help? ...", "from_number": "CommHub", "subject": "Can you help?", "from_email": "hub@example.org"},
         "uri": "https://api.notifications.service.gov.uk/v2/notifications/x",
         "template": {"id": "%s", "version": 1, "uri": "https://api.notifications.service.gov.uk/v2/template/%s"}}
        """.formatted(UUID.randomUUID(), templateId, templateId);
  }

  /** A notification Notify already holds, as GET /v2/notifications lists it. */
  public static String notificationListWith(String notificationId, String reference) {
    return notificationListWith(notificationId, reference, server().baseUrl());
  }

  static String notificationListWith(String notificationId, String reference, String baseUrl) {
    return """
        {"notifications": [{"id": "%s", "reference": "%s", "email_address": null, "phone_number": "07700900999",
           "type": "sms", "status": "created", "body": "Can you help?", "subject": null,
           "template": {"id": "%s", "version": 1, "uri": "https://api.notifications.service.gov.uk/v2/template/x"},
           "created_at": "2026-01-01T10:00:00.000000Z", "sent_at": null, "completed_at": null,
           "estimated_delivery": null, "created_by_name": null, "cost_details": null,
           "line_1": null, "line_2": null, "line_3": null, "line_4": null, "line_5": null, "line_6": null,
           "postcode": null, "postage": null, "is_cost_data_ready": false, "cost_in_pounds": null}],
         "links": {"current": "%s/v2/notifications"}}
        """.formatted(notificationId, reference, OFFER_SMS_TEMPLATE, baseUrl);
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "hub.notify.enabled=true",
        "hub.notify.api-key=" + API_KEY,
        "hub.notify.base-url=" + server().baseUrl(),
        "hub.notify.templates.offer-sms=" + OFFER_SMS_TEMPLATE,
        "hub.notify.templates.offer-email=" + OFFER_EMAIL_TEMPLATE,
        "hub.notify.templates.referral-escalation-email=" + REFERRAL_ESCALATION_TEMPLATE,
        "hub.notify.templates.volunteer-welcome-email=" + VOLUNTEER_WELCOME_TEMPLATE,
        "hub.notify.templates.volunteer-not-accepted-email=" + VOLUNTEER_NOT_ACCEPTED_TEMPLATE,
        "hub.notify.templates.dbs-reminder-email=" + DBS_REMINDER_TEMPLATE,
        "hub.notify.templates.dbs-expired-email=" + DBS_EXPIRED_TEMPLATE,
        "hub.notify.templates.ask-for-help-confirmation-email=" + ASK_FOR_HELP_EMAIL_TEMPLATE,
        "hub.notify.templates.ask-for-help-confirmation-sms=" + ASK_FOR_HELP_SMS_TEMPLATE,
        "hub.notify.templates.offer-help-confirm-email=" + OFFER_HELP_CONFIRM_TEMPLATE,
        "hub.notify.templates.volunteer-sign-in-email=" + VOLUNTEER_SIGN_IN_TEMPLATE).applyTo(context);
    ((DefaultSingletonBeanRegistry) context.getBeanFactory())
        .registerDisposableBean("notifyDouble", NotifyDouble::stop);
  }

  private static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }
}
