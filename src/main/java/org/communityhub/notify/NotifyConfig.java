package org.communityhub.notify;

import java.util.List;
import org.communityhub.platform.StartRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientApi;

@Configuration
@EnableConfigurationProperties(NotifySettings.class)
class NotifyConfig {

  private static final Logger log = LoggerFactory.getLogger(NotifyConfig.class);

  /**
   * The real client only when sending is switched on, and then only with a key and every template
   * id (checked here, at start, not at the first message); the default run has no API key.
   */
  @Bean
  NotificationGateway notificationGateway(NotifySettings settings, Environment environment) {
    if (!settings.enabled()) {
      String notSent = "GOV.UK Notify is off (HUB_NOTIFY_ENABLED=false): volunteers' offers, partners' escalation "
          + "emails and DBS reminders are recorded in the outbox and not sent.";
      if (environment.acceptsProfiles(Profiles.of("production"))) {
        log.warn(notSent);
      } else {
        log.info(notSent);
      }
      return NotificationGateway.RECORD_ONLY;
    }
    List<String> problems = settings.problemsForSending();
    if (!problems.isEmpty()) {
      throw new StartRefusedException(problems);
    }
    // The Notify client uses HttpURLConnection, which by default silently repeats a POST whose
    // connection drops before the answer: that could send an SMS twice. Retries are ours to make
    // (the BPMN step's retry, checked against Notify by reference). Effective if set before the
    // JDK's HTTP client is first used; also settable as -Dsun.net.http.retryPost=false.
    System.setProperty("sun.net.http.retryPost", "false");
    NotificationClientApi client = new NotificationClient(settings.apiKey(), settings.baseUrl());
    log.info("GOV.UK Notify is on: messages are sent through {}", settings.baseUrl());
    return new NotificationGateway(client);
  }
}
