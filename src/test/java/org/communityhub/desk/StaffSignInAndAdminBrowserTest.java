package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;
import static org.communityhub.support.Accessibility.assertAccessible;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.communityhub.intake.IntakeService;
import org.communityhub.support.DeskBrowserTest;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hub with the council's identity provider switched on (mock-oauth2-server stands in for it),
 * in headless Chromium: a staff member signs in with the provider, gets the desk their mapped group
 * allows and Tasklist with the same session; someone in no staff group is refused; a
 * data-protection officer finds a resident, lists their disclosures and erases them; an
 * administrator adds a partner and gives it a new client secret. Every page is checked with
 * axe-core at desktop width and at 320 px. One context for all of it: a second costs minutes.
 */
@HubIntegrationTest
class StaffSignInAndAdminBrowserTest extends DeskBrowserTest {

  StaffSignInAndAdminBrowserTest() {
    super("desk-");
  }

  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
  private static final String ISSUER = "council";

  static {
    PROVIDER.start(0);
  }

  @DynamicPropertySource
  static void councilIdentityProvider(DynamicPropertyRegistry properties) {
    properties.add("hub.staff-sign-in.oidc.provider-name", () -> "Council Login");
    properties.add("hub.staff-sign-in.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
    properties.add("hub.staff-sign-in.oidc.client-id", () -> "community-hub");
    properties.add("hub.staff-sign-in.oidc.client-secret", () -> "hub-secret-at-the-provider");
    properties.add("hub.staff-sign-in.oidc.groups.call-handlers", () -> "Hub Call Handlers");
    properties.add("hub.staff-sign-in.oidc.groups.data-protection-officers", () -> "Information Governance");
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired IntakeService intake;

  @Test
  void aCallHandlerSignsInWithTheCouncilsProviderAndTasklistOpensWithTheSameSession() throws IOException {
    // Not a Camunda user: the hub and Camunda know them only from the provider's token.
    PROVIDER.enqueueCallback(staffMember("jo.bloggs", "Hub Call Handlers", "All Staff"));
    open("/staff");
    wait.until(ExpectedConditions.urlContains("/login"));
    assertThat(text()).contains("Sign in with Council Login", "Or sign in with a hub user name");
    assertAccessible(browser, "sign-in page with the council's provider");
    screenshot("admin-sign-in-provider");
    clickAndWait(By.id("provider-sign-in"));
    wait.until(ExpectedConditions.urlMatches(".*/staff(\\?continue)?$"));
    assertThat(text()).contains("Signed in as jo.bloggs", "Find a request").doesNotContain("Access log");

    // Call handlers may start 'Helpline intake': Tasklist has the token's groups, with no Camunda user or group.
    open("/camunda/app/tasklist/default/");
    // Tasklist's scripts take a while on a busy machine.
    WebDriverWait tasklist = new WebDriverWait(browser, Duration.ofSeconds(120));
    tasklist.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Start process')]"))).click();
    tasklist.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., 'Helpline intake')]")));
    assertThat(browser.findElements(By.cssSelector("input[type=password]"))).isEmpty();

    open("/staff/access-log");
    assertThat(text()).contains("You cannot see this page");

    open("/staff");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.urlContains("/login?signedOut"));
    open("/staff");
    wait.until(ExpectedConditions.urlContains("/login"));
    assertThat(text()).doesNotContain("Signed in as jo.bloggs");
  }

  @Test
  void someoneInNoStaffGroupIsRefusedWithAPlainPage() {
    PROVIDER.enqueueCallback(staffMember("sam.canteen", "Canteen", "All Staff"));
    open("/login");
    clickAndWait(By.id("provider-sign-in"));
    wait.until(ExpectedConditions.urlContains("/login/refused"));
    assertThat(text()).contains("You cannot use the staff desk", "Your Council Login account is not in any of the "
        + "staff groups").doesNotContain("sam.canteen");
    assertAccessible(browser, "refused: in no staff group");
    open("/staff");
    wait.until(ExpectedConditions.urlContains("/login"));
    assertThat(text()).doesNotContain("Signed in as");
  }

  @Test
  void aDataProtectionOfficerFindsAResidentListsTheirDisclosuresAndErasesThem() throws IOException {
    String lastName = "Erasable" + System.nanoTime();
    // Outside the council's area: the request is closed at once, so the resident may be erased.
    String reference = intake.submit(aRequest().name("Edith", lastName).postcode("WA1 1AA").build()).reference();
    long residentId = jdbc.queryForObject("select resident_id from help_request where reference = ?", Long.class,
        reference);
    long requestId = jdbc.queryForObject("select id from help_request where reference = ?", Long.class, reference);
    jdbc.update("insert into disclosure (id, resident_id, request_id, recipient_type, recipient, fields, lawful_basis,"
        + " purpose, disclosed_by, disclosed_at) values (?, ?, ?, 'PARTNER', 'housing', 'firstName,lastName,address',"
        + " 'UK GDPR Art 6(1)(a) consent of the resident', 'Referral for housing', 'partner-referral', now())",
        900_000_000L + residentId, residentId, requestId);

    PROVIDER.enqueueCallback(staffMember("ig.officer", "Information Governance"));
    open("/login");
    clickAndWait(By.id("provider-sign-in"));
    wait.until(ExpectedConditions.urlMatches(".*/staff(\\?continue)?$"));
    clickAndWait(By.id("disclosures-link"));
    assertAccessible(browser, "disclosures and erasure");
    browser.findElement(By.id("name")).sendKeys("edith " + lastName.toLowerCase());
    clickAndWait(By.id("search-residents"));
    assertThat(browser.findElement(By.id("results")).getText()).contains("1 resident found", "Edith " + lastName);
    clickAndWait(By.linkText("Edith " + lastName));
    assertThat(browser.findElement(By.id("disclosures")).getText()).contains("Partner housing",
        "First name, Last name, Address", "UK GDPR Art 6(1)(a) consent of the resident", reference);
    assertAccessible(browser, "a resident's disclosures");
    screenshot("admin-disclosures");

    clickAndWait(By.id("erase-resident"));
    assertThat(text()).contains("This cannot be undone", "Edith " + lastName);
    clickAndWait(By.id("confirm-erasure"));
    assertThat(text()).contains("There is a problem", "Enter why their details are erased");
    assertAccessible(browser, "erasure without a reason");
    browser.findElement(By.id("reason")).sendKeys("Resident's request of 1 December 2026 (UK GDPR Art 17)");
    screenshot("admin-erasure-confirm");
    clickAndWait(By.id("confirm-erasure"));
    assertThat(text()).contains("Resident's details erased", "What is kept, and why",
        "the register of whom their details were shared with");
    assertAccessible(browser, "erasure done");
    screenshot("admin-erasure-done");

    assertThat(jdbc.queryForObject("select last_name from resident where id = ?", String.class, residentId))
        .isEqualTo("(erased)");
    assertThat(jdbc.queryForObject("select count(*) from disclosure where resident_id = ?", Long.class, residentId))
        .as("the disclosure register is kept").isEqualTo(1);
    assertThat(jdbc.queryForObject("select requested_by from erasure_event where resident_id = ?", String.class,
        residentId)).isEqualTo("ig.officer");
    List<Map<String, Object>> views = jdbc.queryForList(
        "select staff_user, page from resident_access where resident_id = ? order by id", residentId);
    assertThat(views).extracting(view -> view.get("staff_user")).containsOnly("ig.officer");
    assertThat(views).extracting(view -> view.get("page")).containsSubsequence("SEARCH_RESULTS", "DISCLOSURES",
        "ERASURE");
  }

  @Test
  void anAdministratorAddsAPartnerAndGivesItANewClientSecret() throws Exception {
    String code = "admin-test-" + (System.nanoTime() % 1_000_000);
    open("/login");
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("demo");
    clickAndWait(By.id("sign-in"));
    clickAndWait(By.id("partners-link"));
    assertThat(browser.findElement(By.id("partners")).getText()).contains("Demo Borough Food Bank", "foodbank-demo");
    assertAccessible(browser, "partners");

    clickAndWait(By.id("add-partner"));
    clickAndWait(By.id("save-partner"));
    assertThat(text()).contains("There is a problem", "Enter the partner's name", "Choose what kind of partner");
    assertAccessible(browser, "add a partner with errors");
    browser.findElement(By.id("name")).sendKeys("Test Borough Credit Union");
    browser.findElement(By.id("code")).sendKeys(code);
    browser.findElement(By.id("type-VOLUNTARY_SECTOR")).click();
    browser.findElement(By.id("contactEmail")).sendKeys("referrals@credit-union.example");
    browser.findElement(By.id("escalationEmail")).sendKeys("manager@credit-union.example");
    browser.findElement(By.id("field-firstName")).click();
    browser.findElement(By.id("field-phone")).click();
    browser.findElement(By.id("lawfulBasis")).sendKeys("UK GDPR Art 6(1)(a) consent of the resident");
    clickAndWait(By.id("save-partner"));
    String firstSecret = browser.findElement(By.id("client-secret")).getText();
    assertThat(text()).contains("Partner Test Borough Credit Union added", "This is the only time the secret is shown");

    clickAndWait(By.id("back-to-partners"));
    assertThat(browser.findElement(By.id("partner-" + code)).getText()).contains("Voluntary sector", "First name, Phone",
        "Priority 1: 24 hours").doesNotContain("Not recorded");
    screenshot("admin-partners");
    clickAndWait(By.id("rotate-" + code));
    assertThat(text()).contains("The old secret stops working at once");
    assertAccessible(browser, "give a new client secret");
    clickAndWait(By.id("rotate-secret"));
    String secret = browser.findElement(By.id("client-secret")).getText();
    assertThat(secret).isNotBlank().isNotEqualTo(firstSecret);
    assertAccessible(browser, "the new client secret");
    screenshot("admin-new-secret");
    assertThat(tokenStatus(code, secret)).as("the new secret works").isEqualTo(200);
    assertThat(tokenStatus(code, firstSecret)).as("the old one does not").isEqualTo(401);

    // Shown once: opening the page again shows no secret.
    open("/staff/partners/" + code + "/new-secret");
    wait.until(ExpectedConditions.urlMatches(".*/staff/partners$"));
    assertThat(browser.getPageSource()).doesNotContain(secret);
  }

  private int tokenStatus(String clientId, String secret) throws Exception {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=requests:read")).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** The provider's answer for the next sign-in: this user, in these of the council's groups. */
  private static DefaultOAuth2TokenCallback staffMember(String userName, String... groups) {
    return new DefaultOAuth2TokenCallback(ISSUER, userName, "JWT", List.of("community-hub"),
        Map.of("preferred_username", userName, "groups", List.of(groups)), 3600);
  }
}
