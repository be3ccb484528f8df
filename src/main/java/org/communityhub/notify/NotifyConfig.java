package org.communityhub.notify;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientApi;

@Configuration
@EnableConfigurationProperties(NotifySettings.class)
class NotifyConfig {

  /** The real client only when sending is switched on; the default run has no API key. */
  @Bean
  NotificationGateway notificationGateway(NotifySettings settings) {
    if (!settings.enabled()) {
      return NotificationGateway.RECORD_ONLY;
    }
    if (settings.apiKey() == null || settings.apiKey().length() < 74) {
      throw new IllegalStateException("hub.notify.enabled=true needs hub.notify.api-key (HUB_NOTIFY_API_KEY): "
          + "a GOV.UK Notify API key, 'name-serviceid-secret'");
    }
    // The Notify client uses HttpURLConnection, which by default silently repeats a POST whose
    // connection drops before the answer: that could send an SMS twice. Retries are ours to make
    // (the BPMN step's retry, checked against Notify by reference). Effective if set before the
    // JDK's HTTP client is first used; also settable as -Dsun.net.http.retryPost=false.
    System.setProperty("sun.net.http.retryPost", "false");
    NotificationClientApi client = new NotificationClient(settings.apiKey(), settings.baseUrl());
    return new NotificationGateway(client);
  }
}
