package org.communityhub.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class WebhookAddressesTest {

  @Test
  void addressesInsideTheCouncilsNetworkAreInternalAndPublicOnesAreNot() throws Exception {
    for (String internal : new String[] {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd12:3456::1", "224.0.0.1"}) {
      assertThat(WebhookAddresses.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
    }
    for (String external : new String[] {"8.8.8.8", "100.128.0.1", "172.32.0.1", "2001:db8::1"}) {
      assertThat(WebhookAddresses.isInternal(InetAddress.getByName(external))).as(external).isFalse();
    }
  }

  @Test
  void loopbackIsAllowedOnlyWhereTheDemoSettingAllowsIt() {
    URI local = URI.create("http://localhost:8089/hooks");
    assertThat(WebhookAddresses.refusal(local, true)).isEmpty();
    assertThat(WebhookAddresses.refusal(local, false)).get().asString().contains("private network");
    assertThat(WebhookAddresses.refusal(URI.create("https://10.9.8.7/"), true)).isPresent();
  }
}
