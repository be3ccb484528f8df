package org.communityhub.askforhelp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.communityhub.platform.publicforms.PublicFormsSettings;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The protection every public form has (platform/publicforms): a rate limit per client address, the
 * honeypot field and the largest body, each answered with a GOV.UK page and nothing stored. Each
 * test's client has its own address, forwarded by "the proxy" (127.0.0.1) as X-Forwarded-For.
 */
@HubIntegrationTest
class PublicFormProtectionTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired PublicFormsSettings settings;

  @Test
  void overTheRateLimitAPostIsRefusedWith429AndRetryAfterAndNothingIsStored() throws Exception {
    PublicFormClient client = new PublicFormClient(port, PublicFormClient.freshAddress());
    OnlineRequests request = OnlineRequests.inArea();
    request.answerAll(client);
    // Posts until the address's allowance is used up (the bucket refills as time passes, so count to a bound).
    int accepted = request.pages.size();
    HttpResponse<String> last = client.post("/ask-for-help/consent", Map.of());
    while (last.statusCode() == 303 && accepted < 2 * settings.postsPerMinute()) {
      accepted++;
      last = client.post("/ask-for-help/consent", Map.of());
    }
    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(accepted).isGreaterThanOrEqualTo(settings.postsPerMinute());

    HttpResponse<String> refused = client.post("/ask-for-help/check", Map.of());

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
    assertThat(refused.body()).contains("You have sent this form too many times", "Wait <span>1 minute</span>");
    assertThat(storedRequestsFor(request.lastName)).isZero();

    // Another address (another household behind the same proxy) is not held back.
    PublicFormClient neighbour = new PublicFormClient(port, PublicFormClient.freshAddress());
    assertThat(neighbour.answer("/ask-for-help/who", Map.of("asking", List.of("myself"))).statusCode()).isEqualTo(303);
  }

  @Test
  void aPostWithTheHoneypotFilledIsRefusedAndNothingIsStored() throws Exception {
    PublicFormClient robot = new PublicFormClient(port, PublicFormClient.freshAddress());
    OnlineRequests request = OnlineRequests.inArea();
    request.answerAll(robot);

    HttpResponse<String> refused = robot.post("/ask-for-help/check", Map.of("website", List.of("http://spam.example")));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Your form could not be sent");
    assertThat(storedRequestsFor(request.lastName)).isZero();
    // The same post with the box left blank, as a person leaves it, is sent.
    assertThat(robot.post("/ask-for-help/check", Map.of("website", List.of(""))).statusCode()).isEqualTo(303);
    assertThat(storedRequestsFor(request.lastName)).isOne();
  }

  @Test
  void aPostLargerThanTheLargestFormIsRefusedBeforeItIsRead() throws Exception {
    PublicFormClient client = new PublicFormClient(port, PublicFormClient.freshAddress());
    client.answer("/ask-for-help/who", Map.of("asking", List.of("myself")));
    client.get("/ask-for-help/help");

    HttpResponse<String> refused = client.post("/ask-for-help/help", Map.of("needs", List.of("FOOD"),
        "notes", List.of("x".repeat((int) settings.largestBody().toBytes()))));

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("Your answers are too long");
  }

  @Test
  void everyPublicPageCarriesTheHoneypotHiddenFromPeople() throws Exception {
    PublicFormClient client = new PublicFormClient(port, PublicFormClient.freshAddress());
    String page = client.get("/ask-for-help/who").body();

    assertThat(page).contains("<div class=\"govuk-visually-hidden\" aria-hidden=\"true\">")
        .contains("<label for=\"website\">Leave this blank</label>")
        .contains("name=\"website\" value=\"\" autocomplete=\"off\" tabindex=\"-1\"");
  }

  private long storedRequestsFor(String lastName) {
    return jdbc.queryForObject("select count(*) from help_request h join resident r on r.id = h.resident_id"
        + " where r.last_name = ?", Long.class, lastName);
  }
}
