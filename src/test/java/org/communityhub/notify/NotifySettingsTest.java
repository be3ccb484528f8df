package org.communityhub.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A hub that sends needs a Notify key and every template id; checked at start, named in plain words. */
class NotifySettingsTest {

  private static final String KEY = "council_live-" + UUID.randomUUID() + "-" + UUID.randomUUID();

  private static Map<String, String> everyTemplate() {
    Map<String, String> templates = new HashMap<>();
    for (NotifyTemplate template : NotifyTemplate.values()) {
      templates.put(template.key(), UUID.randomUUID().toString());
    }
    return templates;
  }

  private static NotifySettings sending(String key, Map<String, String> templates) {
    return new NotifySettings(true, key, "https://api.notifications.service.gov.uk", templates);
  }

  @Test
  void keyAndEveryTemplateIdSends() {
    NotifySettings settings = sending(KEY, everyTemplate());
    assertThat(settings.problemsForSending()).isEmpty();
    assertThat(settings.messagesAreSent()).isTrue();
    assertThat(new NotifySettings(false, null, null, Map.of()).messagesAreSent()).isFalse();
  }

  @Test
  void aKeyWithoutItsTemplateIdsNamesEveryMissingTemplate() {
    assertThat(sending(KEY, Map.of()).problemsForSending()).containsExactly(
        "HUB_NOTIFY_TEMPLATE_OFFER_SMS, HUB_NOTIFY_TEMPLATE_OFFER_EMAIL, HUB_NOTIFY_TEMPLATE_REFERRAL_ESCALATION_EMAIL, "
            + "HUB_NOTIFY_TEMPLATE_VOLUNTEER_WELCOME_EMAIL, HUB_NOTIFY_TEMPLATE_VOLUNTEER_NOT_ACCEPTED_EMAIL, "
            + "HUB_NOTIFY_TEMPLATE_DBS_REMINDER_EMAIL, HUB_NOTIFY_TEMPLATE_DBS_EXPIRED_EMAIL, "
            + "HUB_NOTIFY_TEMPLATE_ASK_FOR_HELP_CONFIRMATION_EMAIL, HUB_NOTIFY_TEMPLATE_ASK_FOR_HELP_CONFIRMATION_SMS, "
            + "HUB_NOTIFY_TEMPLATE_OFFER_HELP_CONFIRM_EMAIL, HUB_NOTIFY_TEMPLATE_VOLUNTEER_SIGN_IN_EMAIL are not set: give the id "
            + "of each GOV.UK Notify template (the README lists every template and its fields).");
  }

  @Test
  void oneMissingOrMalformedTemplateIsNamed() {
    Map<String, String> templates = everyTemplate();
    templates.remove("dbs-expired-email");
    templates.put("offer-sms", "offer sms template");
    assertThat(sending(KEY, templates).problemsForSending()).containsExactly(
        "HUB_NOTIFY_TEMPLATE_DBS_EXPIRED_EMAIL is not set: give the id of that GOV.UK Notify template "
            + "(the README lists every template and its fields).",
        "HUB_NOTIFY_TEMPLATE_OFFER_SMS is not a GOV.UK Notify template id: copy the id from the template's page "
            + "in Notify, for example f33517ff-2a88-4f6e-b855-c550268ce08a.");
  }

  @Test
  void templatesWithoutAUsableKeyAreRefused() {
    assertThat(sending("", everyTemplate()).problemsForSending())
        .singleElement().asString().startsWith("HUB_NOTIFY_API_KEY is not set");
    assertThat(sending(UUID.randomUUID().toString(), everyTemplate()).problemsForSending())
        .singleElement().asString().startsWith("HUB_NOTIFY_API_KEY is not a GOV.UK Notify API key");
  }
}
