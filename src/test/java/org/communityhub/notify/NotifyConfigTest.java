package org.communityhub.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.communityhub.platform.StartRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** At start: a production hub that does not send says so in a warning; one that cannot send refuses. */
@ExtendWith(OutputCaptureExtension.class)
class NotifyConfigTest {

  private final NotifyConfig config = new NotifyConfig();

  @Test
  void productionWithoutSendingWarnsAtStart(CapturedOutput output) {
    MockEnvironment production = new MockEnvironment();
    production.setActiveProfiles("postgres", "production");
    NotificationGateway gateway = config.notificationGateway(new NotifySettings(false, "", "", Map.of()), production);
    assertThat(gateway.sends()).isFalse();
    assertThat(output).contains("WARN").contains("GOV.UK Notify is off (HUB_NOTIFY_ENABLED=false): volunteers' offers, "
        + "partners' escalation emails and DBS reminders are recorded in the outbox and not sent.");
  }

  @Test
  void sendingWithoutTemplatesRefusesToStart() {
    NotifySettings keyOnly = new NotifySettings(true, "council-" + UUID.randomUUID() + "-"
        + UUID.randomUUID(), "https://api.notifications.service.gov.uk", Map.of());
    assertThatThrownBy(() -> config.notificationGateway(keyOnly, new MockEnvironment()))
        .isInstanceOf(StartRefusedException.class).hasMessageContaining("HUB_NOTIFY_TEMPLATE_OFFER_SMS");
  }
}
