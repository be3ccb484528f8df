package org.communityhub.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where the hub will post a partner's events: never into the council's own network. A partner's
 * address that names, or resolves to, a loopback, private, link-local (cloud metadata), shared
 * (carrier-grade NAT) or unique-local address is refused, so a partner's client cannot make the hub
 * reach machines behind its firewall. Loopback is allowed only where hub.webhooks.plain-http-to-localhost
 * is on (the demo and tests). Checked when a webhook is registered and again before every send, as a
 * name may later resolve elsewhere.
 */
final class WebhookAddresses {

  private WebhookAddresses() {}

  /** Why the hub will not post to this address, or empty when it may. A name that does not resolve is left to the send. */
  static Optional<String> refusal(URI address, boolean loopbackAllowed) {
    String host = address.getHost();
    if (host == null) {
      return Optional.of("has no host name");
    }
    InetAddress[] resolved;
    try {
      resolved = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    for (InetAddress ip : resolved) {
      if (ip.isLoopbackAddress() && loopbackAllowed) {
        continue;
      }
      if (isInternal(ip)) {
        return Optional.of("leads into a private network (" + ip.getHostAddress() + "); give the partner's public"
            + " https address");
      }
    }
    return Optional.empty();
  }

  static boolean isInternal(InetAddress ip) {
    if (ip.isLoopbackAddress() || ip.isAnyLocalAddress() || ip.isLinkLocalAddress() || ip.isSiteLocalAddress()
        || ip.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = ip.getAddress();
    if (ip instanceof Inet6Address) {
      return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    return first == 0 || (first == 100 && second >= 64 && second <= 127); // 0/8; 100.64/10, shared (CGNAT)
  }
}
