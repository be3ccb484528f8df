package org.communityhub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.intake.Urgency;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A process owner previews a changed eligibility.dmn against the requests the hub has decided:
 * the real file, the real recorded inputs, and a change whose effect is known.
 */
@HubIntegrationTest
class RulePreviewTest {

  @Autowired TestRestTemplate rest;
  @Autowired IntakeService intake;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repository;
  private final ObjectMapper json = new ObjectMapper();

  /** "Under 70 and not vulnerable → review" becomes "under 60": residents in their sixties get a volunteer. */
  static String underSixty() throws IOException {
    return SafeRuleChangesTest.shipped("eligibility.dmn").replace(
        "<inputEntry id=\"Rule_11_In2\"><text>&lt; 70</text>", "<inputEntry id=\"Rule_11_In2\"><text>&lt; 60</text>");
  }

  @Test
  void eachDecisionIsRecordedWithItsRoutingFactsOnly() {
    IntakeCommand command = aRequest().dateOfBirth(LocalDate.now().minusYears(64).minusDays(10))
        .needs(Need.FOOD).urgency(Urgency.URGENT).build();
    String reference = intake.submit(command).reference();

    Map<String, Object> record = jdbc.queryForMap("select * from decision_record where reference = ?", reference);
    assertThat(record).containsEntry("decision_key", "eligibility").containsEntry("matched_rules", "Rule_11")
        .containsEntry("district", "WA10");
    assertThat((String) record.get("inputs")).contains("\"age\":64", "\"needs\":\"FOOD\"", "\"urgency\":\"URGENT\"")
        .doesNotContain(command.firstName(), command.lastName(), "postcode", "phone", "email");
    assertThat((String) record.get("outputs")).contains("\"outcome\":\"REVIEW\"", "\"priority\":\"P3\"");
  }

  @Test
  void previewShowsExactlyTheRequestsAKnownChangeMoves() throws IOException {
    List<String> inTheirSixties = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      inTheirSixties.add(submit(aRequest().dateOfBirth(LocalDate.now().minusYears(65).minusDays(i + 1))
          .needs(Need.FOOD).urgency(Urgency.URGENT).build()));
    }
    String inTheirForties = submit(aRequest().youngAndNotVulnerable().needs(Need.FOOD).urgency(Urgency.URGENT).build());
    String shielding = submit(aRequest().dateOfBirth(LocalDate.now().minusYears(86)).shielding(true)
        .needs(Need.FOOD).urgency(Urgency.URGENT).build());
    int live = latestVersion();

    ResponseEntity<String> answer = upload("preview", "processowner", underSixty());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode preview = json.readTree(answer.getBody());
    List<String> changed = new ArrayList<>();
    preview.path("changedRequests").forEach(row -> changed.add(row.path("reference").asText()));
    assertThat(changed).containsAll(inTheirSixties).doesNotContain(inTheirForties, shielding);
    JsonNode group = groupContaining(preview, inTheirSixties.get(0));
    assertThat(group.path("was").path("outcome").asText()).isEqualTo("REVIEW");
    assertThat(group.path("wouldBe").path("outcome").asText()).isEqualTo("VOLUNTEER");
    assertThat(group.path("wouldBe").path("priority").asText()).isEqualTo("P1");
    assertThat(group.path("rulesThen").get(0).asText()).isEqualTo("Rule_11");
    assertThat(group.path("rulesNow").get(0).asText()).isEqualTo("Rule_12");
    JsonNode row = rowFor(preview, inTheirSixties.get(0));
    assertThat(row.path("ageBand").asText()).isEqualTo("50 to 69");
    assertThat(row.path("district").asText()).isEqualTo("WA10");
    assertThat(preview.path("requests").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(preview.path("changed").asInt()).isEqualTo(changed.size());
    assertThat(answer.getBody()).doesNotContain("firstName", "lastName", "phone", "email");
    // A preview deploys nothing.
    assertThat(latestVersion()).isEqualTo(live);
  }

  @Test
  void previewOfABrokenFileNamesTheProblemAndOnlyProcessOwnersMayPreview() throws IOException {
    String broken = underSixty().replace("&lt; 60</text>", "&lt; 60 and (</text>");
    ResponseEntity<String> refused = upload("preview", "processowner", broken);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Rule_11", "not a valid FEEL expression");

    assertThat(upload("preview", "callhandler", underSixty()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("deploy", "officer", underSixty()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void deployFromThePreviewGoesThroughTheChecksAndMakesTheVersionLive() throws IOException {
    int live = latestVersion();
    try {
      ResponseEntity<String> deployed = upload("deploy", "processowner", underSixty());
      assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(latestVersion()).isEqualTo(live + 1);
      String sixtyFive = intake.submit(aRequest().dateOfBirth(LocalDate.now().minusYears(65).minusDays(2))
          .needs(Need.FOOD).urgency(Urgency.URGENT).build()).status().name();
      assertThat(sixtyFive).isEqualTo("AWAITING_VOLUNTEER");
    } finally {
      upload("deploy", "processowner", SafeRuleChangesTest.shipped("eligibility.dmn"));
    }
  }

  private String submit(IntakeCommand command) {
    return intake.submit(command).reference();
  }

  private int latestVersion() {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey("eligibility").latestVersion()
        .singleResult().getVersion();
  }

  private static JsonNode groupContaining(JsonNode preview, String reference) {
    for (JsonNode group : preview.path("changes")) {
      for (JsonNode ref : group.path("references")) {
        if (ref.asText().equals(reference)) {
          return group;
        }
      }
    }
    throw new AssertionError(reference + " is in no change group");
  }

  private static JsonNode rowFor(JsonNode preview, String reference) {
    for (JsonNode row : preview.path("changedRequests")) {
      if (row.path("reference").asText().equals(reference)) {
        return row;
      }
    }
    throw new AssertionError(reference + " is not listed");
  }

  private ResponseEntity<String> upload(String action, String user, String dmn) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("file", new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "eligibility.dmn";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").exchange("/api/staff/rules/eligibility/" + action, HttpMethod.POST,
        new HttpEntity<>(parts, headers), String.class);
  }
}
