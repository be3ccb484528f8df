package org.communityhub.askforhelp;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.communityhub.intake.IntakeVariables;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.NotifyDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asking for help online, over HTTP against the whole hub: the request goes through intake and the
 * real helpline-intake.bpmn (channel ONLINE), the confirmation is sent once, out-of-area residents
 * are told their own council, and a page with problems says so in the summary and beside the field.
 */
@HubIntegrationTest
class AskForHelpTest {

  private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">([^<]+)<");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;
  private PublicFormClient client;

  @BeforeEach
  void newVisitor() {
    client = new PublicFormClient(port, PublicFormClient.freshAddress());
  }

  @Test
  void aResidentAsksForHelpAndTheRequestRunsThroughIntakeAsOnline() throws Exception {
    OnlineRequests request = OnlineRequests.inArea();
    String confirmation = request.send(client);

    String reference = referenceIn(confirmation);
    assertThat(confirmation).contains("Request sent", "We have sent a confirmation by\n    <span>email</span>")
        .contains("We are finding a volunteer");
    Map<String, Object> stored = jdbc.queryForMap(
        "select channel, status, consent_volunteer_contact, consent_share_with_partners from help_request where reference = ?",
        reference);
    assertThat(stored.get("channel")).isEqualTo("ONLINE");
    // The real intake process decided: a shielding resident with no one to help waits for a volunteer.
    assertThat(stored.get("status")).isEqualTo("AWAITING_VOLUNTEER");
    assertThat(stored.get("consent_volunteer_contact")).isEqualTo(true);
    assertThat(stored.get("consent_share_with_partners")).isEqualTo(false);
    assertThat(passedSteps(reference)).contains("Task_RegisterRequest", "Task_CheckArea", "Task_AssessEligibility",
        "Task_DispatchVolunteer");
    assertThat(outboxCount(reference)).isEqualTo(1);

    // Pressing Send again (the back button) stores nothing new and sends nothing twice.
    long requests = jdbc.queryForObject("select count(*) from help_request", Long.class);
    HttpResponse<String> again = client.post("/ask-for-help/check", Map.of());
    assertThat(again.statusCode()).isEqualTo(303);
    assertThat(jdbc.queryForObject("select count(*) from help_request", Long.class)).isEqualTo(requests);
    assertThat(outboxCount(reference)).isEqualTo(1);
  }

  @Test
  void anOutOfAreaResidentIsToldTheirOwnCouncilAndGivenItsWebsite() throws Exception {
    String confirmation = OnlineRequests.at("WA8 7QZ").send(client);

    assertThat(confirmation).contains("outside the area", "Halton Borough Council")
        .contains("href=\"https://www3.halton.gov.uk\"");
    assertThat(jdbc.queryForObject("select status from help_request where reference = ?", String.class,
        referenceIn(confirmation))).isEqualTo("OUT_OF_AREA");
    assertThat(passedSteps(referenceIn(confirmation))).contains("Task_SignpostToOwnCouncil", "EndEvent_SignpostedToOwnCouncil")
        .doesNotContain("Task_AssessEligibility");
  }

  @Test
  void whenNotifyCannotTakeTheConfirmationTheRequestIsStillMadeAndThePageDoesNotClaimItWasSent() throws Exception {
    NotifyDouble.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
        urlPathEqualTo("/v2/notifications/email")).atPriority(1)
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)));
    try {
      String confirmation = OnlineRequests.inArea().send(client);

      assertThat(confirmation).contains("Request sent").doesNotContain("We have sent a confirmation");
      assertThat(jdbc.queryForObject("select channel from help_request where reference = ?", String.class,
          referenceIn(confirmation))).isEqualTo("ONLINE");
    } finally {
      NotifyDouble.resetToAccepting();
    }
  }

  @Test
  void someoneAsksOnBehalfOfANeighbourAndTheConfirmationGoesToThem() throws Exception {
    String helperEmail = "neighbour." + System.nanoTime() + "@example.org";
    OnlineRequests request = OnlineRequests.inArea().onBehalfOf("Nia Helper", "neighbour", helperEmail);
    client.get("/ask-for-help/who");
    client.post("/ask-for-help/who", Map.of("asking", List.of("someone-else")));
    HttpResponse<String> namePage = client.get("/ask-for-help/name");
    assertThat(namePage.body()).contains("The name and date of birth of the person who needs help");
    String confirmation = request.send(client);

    String reference = referenceIn(confirmation);
    assertThat(confirmation).contains("contact <span>them</span>");
    assertThat(jdbc.queryForObject("select notes from help_request where reference = ?", String.class, reference))
        .startsWith("Asked for online by Nia Helper (neighbour), email " + helperEmail);
    assertThat(NotifyDouble.server().findAll(postRequestedFor(urlPathEqualTo("/v2/notifications/email")))
        .stream().filter(sent -> sent.getBodyAsString().contains(helperEmail)).count()).isEqualTo(1);
  }

  @Test
  void aPageWithProblemsShowsThemInTheSummaryAndBesideEachFieldAndStoresNothing() throws Exception {
    client.answer("/ask-for-help/who", Map.of("asking", List.of("myself")));
    long residents = jdbc.queryForObject("select count(*) from resident", Long.class);

    HttpResponse<String> page = client.answer("/ask-for-help/name", Map.of("firstName", List.of(" "),
        "lastName", List.of("Smith"), "dobDay", List.of("31"), "dobMonth", List.of("2"), "dobYear", List.of("1950")));

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("<title>Error: Your name and date of birth")
        .contains("govuk-error-summary", "govuk-form-group--error")
        .contains("<a href=\"#firstName\">Enter your first name</a>")
        .contains("<a href=\"#dateOfBirth\">Date of birth must be a real date, for example 27 3 1950</a>")
        .contains("id=\"firstName-error\"", "id=\"dateOfBirth-error\"")
        .contains("value=\"Smith\"");
    assertThat(jdbc.queryForObject("select count(*) from resident", Long.class)).isEqualTo(residents);

    HttpResponse<String> contact = client.answer("/ask-for-help/contact", Map.of("phone", List.of("12345")));
    assertThat(contact.body()).contains("Phone number is not a UK phone number, for example 01744 123456");
  }

  @Test
  void aPostWithoutTheFormsTokenIsRefusedWithAPublicPage() throws Exception {
    client.get("/ask-for-help/who");
    HttpResponse<String> forged = client.post("/ask-for-help/who",
        Map.of("asking", List.of("myself"), "_csrf", List.of("not-the-token")));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("Your answers were not sent", "Privacy notice");
  }

  @Test
  void thePrivacyNoticeSaysWhatIsKeptWhyForHowLongAndWhomToAsk() throws Exception {
    HttpResponse<String> notice = client.get("/privacy");

    assertThat(notice.statusCode()).isEqualTo(200);
    assertThat(notice.body()).contains("Demo Borough Council", "What we keep", "Why we keep it",
        "We delete your details <span>2 years</span>", "data protection officer");
  }

  /** The steps helpline-intake.bpmn ran for the request (its business key is the reference). */
  private List<String> passedSteps(String reference) {
    String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(IntakeVariables.PROCESS_KEY).singleResult().getId();
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
        .map(HistoricActivityInstance::getActivityId).toList();
  }

  private long outboxCount(String reference) {
    return jdbc.queryForObject("select count(*) from notification_outbox where message_key = ?", Long.class,
        "ask-for-help-confirmation-" + reference);
  }

  private static String referenceIn(String confirmation) {
    Matcher reference = REFERENCE.matcher(confirmation);
    assertThat(reference.find()).as(confirmation).isTrue();
    return reference.group(1);
  }
}
