package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.support.Accessibility.assertAccessible;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.communityhub.partnerapi.PartnerAdministration;
import org.communityhub.partnerapi.PartnerAdministration.Agreement;
import org.communityhub.partners.Partner;
import org.communityhub.support.DeskBrowserTest;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.webhooks.WebhookService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner's webhook that stopped working, in headless Chromium: the duty manager sees it on the
 * overdue page, the administrator on the partners page and the webhook's page, and switches it
 * back on. axe-core at desktop width and at 320 px on each page.
 */
@HubIntegrationTest
class PartnerWebhookBrowserTest extends DeskBrowserTest {

  PartnerWebhookBrowserTest() {
    super("desk-");
  }

  @Autowired PartnerAdministration administration;
  @Autowired WebhookService webhooks;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aFailingWebhookIsShownToTheDutyManagerAndAnAdministratorSwitchesItBackOn() throws IOException {
    String code = "webhook-page-" + ThreadLocalRandom.current().nextInt(1_000_000);
    Partner partner = administration.create(new PartnerAdministration.NewPartner(code, "Borough Credit Union " + code,
        "VOLUNTARY_SECTOR", code + "@credit-union.example", code + "-manager@credit-union.example",
        new Agreement(List.of("needs"), "UK GDPR Art 6(1)(e) public task",
            Map.of("P1", "PT4H", "P2", "PT24H", "P3", "PT72H"))), "admin").partner();
    webhooks.register(partner.getId(), "https://hub-events.credit-union.example/community-hub");
    // As the poller leaves it after the last failed attempt (its own test: webhooks.PartnerWebhooksTest).
    Instant since = Instant.parse("2026-12-01T22:15:00Z");
    jdbc.update("""
        update partner_webhook set status = 'FAILING', failing_since = ?, last_failure_at = ?,
          last_failure = 'the server answered HTTP 503' where partner_id = ?""",
        since.atOffset(ZoneOffset.UTC), since.atOffset(ZoneOffset.UTC), partner.getId());

    open("/login");
    signIn("dutymanager", "demo");
    open("/staff/overdue");
    assertThat(browser.findElement(By.id("failing-webhooks")).getText())
        .contains("Borough Credit Union " + code, "the server answered HTTP 503");
    assertThat(text()).doesNotContain("Nothing is overdue");
    assertAccessible(browser, "overdue page with a failing webhook");
    screenshot("overdue-failing-webhook");
    browser.findElement(By.id("sign-out")).click();

    open("/login");
    signIn("admin", "demo");
    open("/staff/partners");
    assertThat(browser.findElement(By.id("webhook-" + code)).getText()).contains("Failing");
    assertAccessible(browser, "partners with a failing webhook");
    clickAndWait(By.id("webhook-link-" + code));
    assertThat(browser.findElement(By.id("webhook")).getText()).contains("Failing",
        "https://hub-events.credit-union.example/community-hub", "the server answered HTTP 503");
    assertThat(text()).contains("The hub stopped sending to this webhook").doesNotContain("whsec_");
    assertAccessible(browser, "a failing webhook");
    screenshot("admin-partner-webhook");

    clickAndWait(By.id("switch-on"));
    assertThat(browser.getCurrentUrl()).endsWith("/staff/partners/" + code + "/webhook");
    assertThat(browser.findElement(By.id("done")).getText()).contains("is switched back on");
    assertThat(browser.findElement(By.id("webhook-status")).getText()).isEqualTo("Working");
    assertThat(browser.findElements(By.id("switch-on"))).isEmpty();
    assertAccessible(browser, "a webhook switched back on");
    assertThat(webhooks.find(partner.getId()).orElseThrow().failing()).isFalse();
    webhooks.remove(partner.getId());
  }
}
