package org.communityhub.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The hub signs as the Standard Webhooks libraries verify: their published test vector. */
class WebhookSignatureTest {

  @Test
  void signsTheStandardWebhooksTestVector() {
    assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void newSecretsAreWhsecAnd32RandomBytes() {
    String secret = WebhookSignature.newSecret();
    assertThat(secret).startsWith("whsec_").isNotEqualTo(WebhookSignature.newSecret());
    assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
  }
}
