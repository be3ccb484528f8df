package org.communityhub.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * hub.notify.*: GOV.UK Notify. With enabled=false (the embedded default) messages are recorded in
 * notification_outbox and the log, never sent. Templates map a hub template name (offer-sms) to
 * the Notify template id.
 */
@ConfigurationProperties("hub.notify")
public record NotifySettings(boolean enabled, String apiKey, String baseUrl, Map<String, String> templates) {

  /**
   * Whether volunteers, partners' escalation contacts and applicants are really sent messages;
   * false means they are only recorded, and staff should be told "Messages are not being sent".
   */
  public boolean messagesAreSent() {
    return enabled;
  }

  String templateId(String name) {
    String id = templates == null ? null : templates.get(name);
    if (id == null || id.isBlank()) {
      throw new IllegalStateException("Set hub.notify.templates." + name + " to the GOV.UK Notify template id");
    }
    return id;
  }

  /** What stops a sending hub from working, one plain line each; empty when it can send. */
  List<String> problemsForSending() {
    List<String> problems = new ArrayList<>();
    if (apiKey == null || apiKey.isBlank()) {
      problems.add("HUB_NOTIFY_API_KEY is not set: give the hub's GOV.UK Notify API key (Notify: API integration, "
          + "API keys, a live key), or set HUB_NOTIFY_ENABLED=false to run without sending messages.");
    } else if (!isNotifyKey(apiKey.trim())) {
      problems.add("HUB_NOTIFY_API_KEY is not a GOV.UK Notify API key: give the whole key Notify showed when it "
          + "was made (the key's name followed by two long ids).");
    }
    List<String> missing = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    for (NotifyTemplate template : NotifyTemplate.values()) {
      String id = templates == null ? null : templates.get(template.key());
      if (id == null || id.isBlank()) {
        missing.add(template.environmentVariable());
      } else if (!isUuid(id.trim())) {
        malformed.add(template.environmentVariable());
      }
    }
    if (!missing.isEmpty()) {
      problems.add(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not set: give the id of "
          + (missing.size() == 1 ? "that" : "each") + " GOV.UK Notify template (the README lists every template "
          + "and its fields).");
    }
    if (!malformed.isEmpty()) {
      problems.add(String.join(", ", malformed) + (malformed.size() == 1 ? " is" : " are") + " not a GOV.UK Notify "
          + "template id: copy the id from the template's page in Notify, for example "
          + "f33517ff-2a88-4f6e-b855-c550268ce08a.");
    }
    return problems;
  }

  /** Notify's key format: the key's name, then the service id and the secret, two UUIDs. */
  private static boolean isNotifyKey(String key) {
    return key.length() > 74 && key.charAt(key.length() - 74) == '-'
        && isUuid(key.substring(key.length() - 73, key.length() - 37)) && key.charAt(key.length() - 37) == '-'
        && isUuid(key.substring(key.length() - 36));
  }

  private static boolean isUuid(String value) {
    try {
      return value.length() == 36 && UUID.fromString(value).toString().equalsIgnoreCase(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
