package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.volunteers.Skill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The volunteer's page over HTTP, from the link in the offer message: what it shows, and bad links. */
@HubIntegrationTest
class VolunteerPageTest {

  @LocalServerPort int port;
  @Autowired DispatchFixture fixture;
  @Autowired OfferLinks links;

  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  TestArea area;
  long volunteer;
  String reference;
  String link;
  // unique per test, so duplicate detection never attaches one test's request to another's
  final String lastName = "Pagetest" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
  final String phone = "07700" + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));

  @BeforeEach
  void offerSent() {
    area = fixture.newArea();
    volunteer = fixture.volunteer(livingIn(area.home()).skills(Skill.PRESCRIPTION_COLLECTION));
    fixture.volunteer(livingIn(area.home()).skills(Skill.PRESCRIPTION_COLLECTION)); // the next one to ask
    reference = fixture.request(aRequest().postcode(area.postcode()).needs(Need.PRESCRIPTIONS)
        .name("Winifred", lastName).phone(phone).address("14 Claughton Street", area.postcode()));
    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(volunteer);
    link = fixture.offerLinkPath(volunteer);
  }

  @Test
  void beforeAcceptingTheVolunteerSeesOnlyAreaNeedAndWindow() throws Exception {
    HttpResponse<String> page = get(link);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Can you help?", "Test district " + area.home(), "Collecting a prescription",
        "between ", "Accept", "Decline", "/webjars/govuk-frontend/")
        .doesNotContain("Winifred", lastName, "Claughton", phone);
    assertThat(disclosures()).isZero();
    assertThat(get(org.communityhub.platform.GovukFrontend.PATH + "/govuk-frontend.min.css").statusCode()).as("govuk-frontend served by the hub").isEqualTo(200);
  }

  @Test
  void afterAcceptingTheVolunteerSeesWhatTheyNeedAndTheDisclosureIsRecorded() throws Exception {
    HttpResponse<String> accepted = post(link + "/accept", "");
    assertThat(accepted.statusCode()).isEqualTo(303);

    HttpResponse<String> page = get(link);
    assertThat(page.body()).contains("You accepted", "Winifred", "14 Claughton Street", phone,
        "Leave shopping with neighbour", "How did it go?").doesNotContain(lastName);
    Map<String, Object> disclosure = fixture.jdbc.queryForMap("select d.* from disclosure d join help_request r"
        + " on r.id = d.request_id where r.reference = ?", reference);
    assertThat(disclosure).containsEntry("recipient_type", "VOLUNTEER").containsEntry("recipient", "volunteer:" + volunteer)
        .containsEntry("fields", VolunteerDisclosures.FIELDS);
    assertThat((String) disclosure.get("lawful_basis")).contains("UK GDPR");

    assertThat(post(link + "/accept", "").body()).as("a second accept").contains("You have already answered this offer");
  }

  @Test
  void theLinkAnswersOnceForEachActionAndASecondUseChangesNothing() throws Exception {
    ProcessInstance run = fixture.dispatchOf(reference);
    long offer = fixture.offerId(run);
    assertThat(post(link + "/accept", "").statusCode()).isEqualTo(303);

    for (String action : new String[] {"/accept", "/decline"}) {
      HttpResponse<String> again = post(link + action, "");
      assertThat(again.statusCode()).as(action).isEqualTo(409);
      assertThat(again.body()).as(action).contains("You have already answered this offer", "Nothing has changed");
    }
    assertThat(fixture.offerStatus(offer)).isEqualTo("ACCEPTED");
    assertThat(fixture.jdbc.queryForObject("select count(*) from volunteer_assignment where offer_id = ?", Long.class,
        offer)).isEqualTo(1L);

    assertThat(post(link + "/outcome", "outcome=NOT_HOME").statusCode()).isEqualTo(303);
    HttpResponse<String> secondReport = post(link + "/outcome", "outcome=DONE");
    assertThat(secondReport.statusCode()).isEqualTo(409);
    assertThat(secondReport.body()).contains("You have already answered this offer");
    assertThat(fixture.jdbc.queryForObject("select outcome from volunteer_assignment where offer_id = ?", String.class,
        offer)).as("the first report stands").isEqualTo("NOT_HOME");
    assertThat(fixture.runtimeService.getActiveActivityIds(run.getId())).containsExactly("Task_WelfareCheckCall");
  }

  @Test
  void volunteerReportsTheOutcomeAndTheRequestCloses() throws Exception {
    post(link + "/accept", "");

    HttpResponse<String> noChoice = post(link + "/outcome", "notes=x");
    assertThat(noChoice.statusCode()).isEqualTo(400);
    assertThat(noChoice.body()).contains("Choose what happened");

    assertThat(post(link + "/outcome", "outcome=DONE&notes=All+fine").statusCode()).isEqualTo(303);
    assertThat(get(link).body()).contains("Thank you", "Done: the resident got the help").doesNotContain("Winifred");
    assertThat(fixture.requestStatus(reference)).isEqualTo("CLOSED");
  }

  @Test
  void declineFromThePageAsksTheNextVolunteer() throws Exception {
    long firstOffer = fixture.offerId(fixture.dispatchOf(reference));
    assertThat(post(link + "/decline", "").statusCode()).isEqualTo(303);
    assertThat(get(link).body()).contains("You declined this offer");
    org.awaitility.Awaitility.await().atMost(DispatchFixture.PATIENCE)
        .until(() -> fixture.offerId(fixture.dispatchOf(reference)) != firstOffer);
    assertThat(fixture.awaitOfferedVolunteer(reference)).isNotEqualTo(volunteer);
  }

  @Test
  void tamperedLinkShowsAClearPageAndChangesNothing() throws Exception {
    String tampered = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA");
    String otherOffer = link.replaceFirst("/offers/(\\d+)\\.", "/offers/999999.");

    for (String bad : new String[] {tampered, otherOffer, "/volunteer/offers/rubbish"}) {
      HttpResponse<String> page = get(bad);
      assertThat(page.statusCode()).isEqualTo(404);
      assertThat(page.body()).contains("This link is not valid", "Nothing has changed");
      assertThat(post(bad + "/accept", "").statusCode()).isEqualTo(404);
    }
    assertThat(fixture.offerStatus(fixture.offerId(fixture.dispatchOf(reference)))).isEqualTo("OPEN");
  }

  @Test
  void expiredLinkShowsAClearPageAndChangesNothing() throws Exception {
    long offer = fixture.offerId(fixture.dispatchOf(reference));
    String expired = "/volunteer/offers/" + links.tokenFor(offer, Instant.now().minusSeconds(60));

    HttpResponse<String> page = post(expired + "/accept", "");
    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("This link has expired");
    assertThat(fixture.offerStatus(offer)).isEqualTo("OPEN");
  }

  @Test
  void acceptingAfterTheOfferTimedOutIsRefused() throws Exception {
    ProcessInstance run = fixture.dispatchOf(reference);
    long offer = fixture.offerId(run);
    fixture.fireTimer(run, "Timer_OfferExpired");

    HttpResponse<String> page = post(link + "/accept", "");
    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body()).contains("This offer is no longer open");
    assertThat(fixture.offerStatus(offer)).isEqualTo("EXPIRED");
    assertThat(fixture.jdbc.queryForObject("select count(*) from volunteer_assignment where offer_id = ?", Long.class, offer))
        .isZero();
  }

  private long disclosures() {
    return fixture.jdbc.queryForObject("select count(*) from disclosure d join help_request r"
        + " on r.id = d.request_id where r.reference = ?", Long.class, reference);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
