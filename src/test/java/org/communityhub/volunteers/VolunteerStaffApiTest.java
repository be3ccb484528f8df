package org.communityhub.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Coordinators' staff API for volunteers: an offer of help starts onboarding; CSV import checks
 * every row, reports errors by row and column, imports only good rows and never twice.
 */
@HubIntegrationTest
class VolunteerStaffApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  final ObjectMapper json = new ObjectMapper();
  final String run = Long.toString(System.nanoTime(), 36);

  static final String HEADER = "first_name,last_name,email,phone,home_district,travel_districts,skills,available_days,"
      + "dbs_level,dbs_issued_on\n";

  @Test
  void anOfferOfHelpStartsOnboardingAndTheCoordinatorSeesTheTask() throws Exception {
    String body = """
        {"firstName": "Rhys", "lastName": "Evans", "email": "rhys.%s@example.org", "phone": "07700 900321",
         "homeDistrict": "wa10", "travelDistricts": ["WA9"], "skills": ["SHOPPING", "befriending"],
         "availableDays": ["SATURDAY", "sun"]}""".formatted(run);
    ResponseEntity<String> created = send("coordinator", HttpMethod.POST, "/api/staff/volunteers", body,
        MediaType.APPLICATION_JSON);

    assertThat(created.getStatusCode().value()).isEqualTo(201);
    long id = json.readTree(created.getBody()).path("id").asLong();
    assertThat(created.getBody()).contains("\"status\":\"APPLIED\"", OnboardingVariables.reference(id));
    JsonNode tasks = json.readTree(send("coordinator", HttpMethod.GET,
        "/engine-rest/task?processDefinitionKey=volunteer-onboarding&processInstanceBusinessKey="
            + OnboardingVariables.businessKey(id) + "&maxResults=10", null, null).getBody());
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("name").asText()).startsWith("Verify identity: ");
    assertThat(json.readTree(send("callhandler", HttpMethod.GET,
        "/engine-rest/task?processDefinitionKey=volunteer-onboarding&processInstanceBusinessKey="
            + OnboardingVariables.businessKey(id) + "&maxResults=10", null, null).getBody())).isEmpty();
    assertThat(send("coordinator", HttpMethod.GET, "/api/staff/volunteers/" + id, null, null).getBody())
        .contains("\"firstName\":\"Rhys\"", "\"homeDistrict\":\"WA10\"", "\"identityVerified\":false");
    assertThat(send("callhandler", HttpMethod.GET, "/api/staff/volunteers/" + id, null, null).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void theCoordinatorWorksTheOnboardingTasksThroughCamundasRestApiAndAWrongAnswerIsA400() throws Exception {
    String body = """
        {"firstName": "Bea", "lastName": "Lane", "email": "bea.%s@example.org", "homeDistrict": "WA11",
         "skills": ["BEFRIENDING"], "availableDays": ["MON"]}""".formatted(run);
    long id = json.readTree(send("coordinator", HttpMethod.POST, "/api/staff/volunteers", body,
        MediaType.APPLICATION_JSON).getBody()).path("id").asLong();

    assertThat(completeTask(id, "{\"identityCheck\": {\"value\": \"VERIFIED\"}}").getStatusCode().value())
        .isEqualTo(204);
    ResponseEntity<String> tooLow = completeTask(id, """
        {"dbsOutcome": {"value": "CLEAR"}, "dbsLevel": {"value": "BASIC"}, "dbsIssuedOn": {"value": "01/02/2025"}}""");
    assertThat(tooLow.getStatusCode().value()).isEqualTo(400);
    assertThat(tooLow.getBody()).contains("dbsLevel", "ENHANCED");
    assertThat(completeTask(id, """
        {"dbsOutcome": {"value": "CLEAR"}, "dbsLevel": {"value": "ENHANCED"}, "dbsIssuedOn": {"value": "01/02/2025"}}""")
        .getStatusCode().value()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select status from volunteer where id = ?", String.class, id)).isEqualTo("ACTIVE");
  }

  private ResponseEntity<String> completeTask(long volunteerId, String variables) throws Exception {
    JsonNode tasks = json.readTree(send("coordinator", HttpMethod.GET,
        "/engine-rest/task?processDefinitionKey=volunteer-onboarding&processInstanceBusinessKey="
            + OnboardingVariables.businessKey(volunteerId) + "&maxResults=10", null, null).getBody());
    return send("coordinator", HttpMethod.POST, "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
        "{\"variables\": " + variables + "}", MediaType.APPLICATION_JSON);
  }

  @Test
  void anInvalidOfferOfHelpIsRefusedNamingEveryFieldAndNothingIsStored() throws Exception {
    String body = """
        {"firstName": "", "lastName": "Evans", "email": "not-an-email-%s", "homeDistrict": "M1",
         "skills": ["JUGGLING"], "availableDays": [], "dbsLevel": "BASIC"}""".formatted(run);
    ResponseEntity<String> refused = send("coordinator", HttpMethod.POST, "/api/staff/volunteers", body,
        MediaType.APPLICATION_JSON);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    List<String> fields = json.readTree(refused.getBody()).path("errors").findValuesAsText("field");
    assertThat(fields).containsExactlyInAnyOrder("firstName", "email", "homeDistrict", "skills", "availableDays",
        "dbsIssuedOn");
    assertThat(jdbc.queryForObject("select count(*) from volunteer where email = ?", Long.class, "not-an-email-" + run))
        .isZero();
  }

  @Test
  void aGoodFileIsImportedIntoOnboardingAndReimportingItCreatesNoDuplicates() throws Exception {
    String csv = HEADER
        + "Ola,Nowak,ola.%1$s@example.org,07700 900401,WA10,WA9;WA11,SHOPPING;DOG_WALKING,MON;TUE,,\n"
        + "\"Sean\",\"O'Brien\",sean.%1$s@example.org,,WA12,,\"DRIVING, SHOPPING\",SATURDAY,BASIC,01/03/2025\n"
        + "Mei,Chen,MEI.%1$s@Example.org,,L35,L34,BEFRIENDING,Sun,enhanced,2025-06-30\n";
    csv = csv.formatted(run);

    JsonNode first = importCsv(csv);
    assertThat(first.path("imported").asInt()).isEqualTo(3);
    assertThat(first.path("rejected").asInt()).isZero();
    assertThat(first.path("rows").findValuesAsText("row")).containsExactly("2", "3", "4");
    assertThat(volunteersOfThisRun()).isEqualTo(3);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("volunteer-onboarding")
        .activityIdIn("Task_VerifyIdentity").list().stream()
        .filter(p -> first.path("rows").findValuesAsText("reference").stream()
            .anyMatch(ref -> p.getBusinessKey().equals("volunteer-" + Long.parseLong(ref.substring(2))))).count())
        .as("each imported volunteer waits for 'Verify identity'").isEqualTo(3);
    assertThat(jdbc.queryForMap("select status, identity_verified, dbs_level, dbs_issued_on from volunteer where email = ?",
        "sean." + run + "@example.org")).containsEntry("status", "APPLIED").containsEntry("identity_verified", false)
        .containsEntry("dbs_level", "BASIC");

    JsonNode again = importCsv(csv.replace("ola.", "OLA."));
    assertThat(again.path("imported").asInt()).isZero();
    assertThat(again.path("alreadyRegistered").asInt()).isEqualTo(3);
    assertThat(again.path("rows").findValuesAsText("reference")).isEqualTo(first.path("rows").findValuesAsText("reference"));
    assertThat(volunteersOfThisRun()).isEqualTo(3);
  }

  @Test
  void badRowsAreReportedByRowAndColumnAndNotImported() throws Exception {
    String csv = (HEADER
        + "Good,Row,good.%1$s@example.org,,WA10,,SHOPPING,MON,,\n"
        + "Bad,Email,bad.%1$s-at-example.org,,WA10,,SHOPPING;JUGGLING,MON,,\n"
        + ",NoFirst,nofirst.%1$s@example.org,123,QQ1,,SHOPPING,FUNDAY,ENHANCED,\n"
        + "Dup,Licate,GOOD.%1$s@example.org,,WA10,,SHOPPING,MON,,\n").formatted(run);

    JsonNode report = importCsv(csv);

    assertThat(report.path("imported").asInt()).isEqualTo(1);
    assertThat(report.path("rejected").asInt()).isEqualTo(3);
    assertThat(errors(report, 3)).containsExactlyInAnyOrder("email", "skills");
    assertThat(errors(report, 4)).containsExactlyInAnyOrder("first_name", "phone", "home_district", "available_days",
        "dbs_issued_on");
    assertThat(errors(report, 5)).containsExactly("email");
    assertThat(report.path("rows").get(3).path("errors").get(0).path("message").asText()).contains("row 2");
    assertThat(volunteersOfThisRun()).as("only the good row is stored").isEqualTo(1);
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedAndAnUploadWorksToo() throws Exception {
    ResponseEntity<String> refused = send("coordinator", HttpMethod.POST, "/api/staff/volunteers/import",
        "first_name,email\nA,a." + run + "@example.org\n", MediaType.valueOf("text/csv"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("last_name", "home_district", "\"field\":\"file\"");
    assertThat(volunteersOfThisRun()).isZero();

    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource((HEADER + "Up,Load,upload.%s@example.org,,WA11,,SHOPPING,FRI,,\n"
        .formatted(run)).getBytes()) {
      @Override
      public String getFilename() {
        return "signups.csv";
      }
    });
    ResponseEntity<String> uploaded = send("coordinator", HttpMethod.POST, "/api/staff/volunteers/import", parts,
        MediaType.MULTIPART_FORM_DATA);
    assertThat(uploaded.getStatusCode().value()).isEqualTo(200);
    assertThat(json.readTree(uploaded.getBody()).path("imported").asInt()).isEqualTo(1);
    assertThat(send("callhandler", HttpMethod.POST, "/api/staff/volunteers/import", HEADER,
        MediaType.valueOf("text/csv")).getStatusCode().value()).isEqualTo(403);
  }

  private List<String> errors(JsonNode report, int row) {
    for (JsonNode r : report.path("rows")) {
      if (r.path("row").asInt() == row) {
        assertThat(r.path("status").asText()).isEqualTo("REJECTED");
        return r.path("errors").findValuesAsText("column");
      }
    }
    throw new AssertionError("no row " + row + " in " + report);
  }

  private long volunteersOfThisRun() {
    return jdbc.queryForObject("select count(*) from volunteer where lower(email) like ?", Long.class,
        "%." + run + "@example.org");
  }

  private JsonNode importCsv(String csv) throws Exception {
    ResponseEntity<String> response = send("coordinator", HttpMethod.POST, "/api/staff/volunteers/import", csv,
        MediaType.valueOf("text/csv"));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    if (type != null) {
      headers.setContentType(type);
    }
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
