package org.communityhub.notify;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * hub.notify.*: GOV.UK Notify. With enabled=false (the embedded default) messages are recorded in
 * notification_outbox and the log, never sent. Templates map a hub template name (offer-sms) to
 * the Notify template id.
 */
@ConfigurationProperties("hub.notify")
public record NotifySettings(boolean enabled, String apiKey, String baseUrl, Map<String, String> templates) {

  String templateId(String name) {
    String id = templates == null ? null : templates.get(name);
    if (id == null || id.isBlank()) {
      throw new IllegalStateException("Set hub.notify.templates." + name + " to the GOV.UK Notify template id");
    }
    return id;
  }
}
