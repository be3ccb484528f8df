package org.communityhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Erasure of a resident on request and by the retention job, on PostgreSQL. */
@HubIntegrationTest
class ErasureTest {

  @Autowired TestRestTemplate rest;
  @Autowired IntakeService intake;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RetentionJob retention;
  @Autowired JdbcTemplate jdbc;

  @Test
  void dataProtectionOfficerErasesAResidentKeepingTheDisclosureRegisterAndTheErasure() {
    IntakeCommand resident = aRequest().needs(Need.HOUSING).consentToShare(true).build();
    String reference = intake.submit(resident).reference();
    Jobs.awaitDueJobs(management);
    long residentId = intake.findByReference(reference).orElseThrow().getResidentId();
    closeEverything(reference);
    assertThat(historicVariables(reference)).isPositive();

    ResponseEntity<String> erased = erase("dpo", reference, "Subject asked for erasure (ticket 4411)");

    assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> row = jdbc.queryForMap("select * from resident where id = ?", residentId);
    assertThat(row.values().toString()).doesNotContain(resident.firstName(), resident.lastName(),
        resident.phone().replace(" ", ""), resident.addressLine1());
    assertThat(row).containsEntry("postcode", "WA10");
    assertThat(jdbc.queryForObject("select count(*) from help_request where resident_id = ? and notes is not null",
        Long.class, residentId)).isZero();
    assertThat(historicVariables(reference)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from disclosure where resident_id = ?", Long.class, residentId))
        .as("the disclosure register is kept").isEqualTo(1);
    assertThat(jdbc.queryForMap("select requested_by, reason from erasure_event where resident_id = ?", residentId))
        .containsEntry("requested_by", "dpo").containsEntry("reason", "Subject asked for erasure (ticket 4411)");

    // The same person calling again is a new record, not matched to the erased one.
    String again = intake.submit(aRequest().sameResidentAs(resident).build()).reference();
    assertThat(intake.findByReference(again).orElseThrow().getResidentId()).isNotEqualTo(residentId);
  }

  @Test
  void whatAVolunteerWroteAboutTheResidentIsErasedButTheVisitStays() {
    String reference = intake.submit(aRequest().supportNetworkAvailable(true).build()).reference();
    var request = intake.findByReference(reference).orElseThrow();
    long task = jdbc.queryForObject("""
        insert into volunteer_task (request_id, resident_id, district, priority, required_skills, required_dbs,
          need_summary, window_start, window_end, search_scope, search_round, status, created_at)
        values (?, ?, 'WA10', 'P2', 'SHOPPING', 'NONE', 'Shopping', now(), now(), 'DISTRICT', 1, 'DONE', now())
        returning id""", Long.class, request.getId(), request.getResidentId());
    long volunteer = jdbc.queryForObject("select min(id) from volunteer", Long.class);
    jdbc.update("""
        insert into volunteer_assignment (task_id, volunteer_id, resident_id, outcome, outcome_notes, assigned_at, reported_at)
        values (?, ?, ?, 'CONCERN', 'Very confused, no food in the house', now(), now())""",
        task, volunteer, request.getResidentId());

    assertThat(erase("dpo", reference, "Subject asked").getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(jdbc.queryForMap("select outcome, outcome_notes from volunteer_assignment where task_id = ?", task))
        .containsEntry("outcome", "CONCERN").containsEntry("outcome_notes", null);
  }

  @Test
  void whatTheRulesWereGivenForTheResidentsRequestsIsErased() {
    String reference = intake.submit(aRequest().supportNetworkAvailable(true).build()).reference();
    assertThat(jdbc.queryForObject("select count(*) from decision_record where reference = ?", Long.class, reference))
        .as("the rule preview's record of the decision").isEqualTo(1);

    assertThat(erase("dpo", reference, "Subject asked").getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(jdbc.queryForObject("select count(*) from decision_record where reference = ?", Long.class, reference))
        .isZero();
  }

  @Test
  void whyTheResidentWasReferredAndWhatPartnersAnsweredIsErasedButTheReferralsStay() {
    String reference = intake.submit(aRequest().supportNetworkAvailable(true).build()).reference();
    var request = intake.findByReference(reference).orElseThrow();
    long partner = jdbc.queryForObject("select min(id) from partner", Long.class);
    long declined = referral(request.getId(), partner, "DECLINED", "Rent arrears after her husband died",
        "She told us she has moved in with her son", null);
    long closed = referral(request.getId(), partner, "CLOSED", "Cannot afford heating", null,
        "Grant paid; debt advice booked for Mrs Okafor");

    assertThat(erase("dpo", reference, "Subject asked").getStatusCode()).isEqualTo(HttpStatus.OK);

    for (long referral : new long[] {declined, closed}) {
      assertThat(jdbc.queryForMap("select status, reason, decline_reason, outcome, lawful_basis from referral"
          + " where id = ?", referral))
          .containsEntry("reason", null).containsEntry("decline_reason", null).containsEntry("outcome", null)
          .containsEntry("lawful_basis", "consent");
    }
    assertThat(jdbc.queryForObject("select status from referral where id = ?", String.class, closed))
        .as("that the referral happened stays").isEqualTo("CLOSED");
  }

  @Test
  void whatAnOrganisationReportedAboutTheResidentIsErasedButTheAllocationStays() {
    String reference = intake.submit(aRequest().supportNetworkAvailable(true).build()).reference();
    var request = intake.findByReference(reference).orElseThrow();
    long task = task(request.getId(), request.getResidentId());
    long organisation = jdbc.queryForObject("select min(id) from organisation", Long.class);
    jdbc.update("""
        insert into organisation_assignment (task_id, organisation_id, resident_id, assigned_by, assigned_at, outcome,
          outcome_notes, reported_at)
        values (?, ?, ?, 'coordinator', now(), 'DONE', 'Delivered; she cried about her late husband', now())""",
        task, organisation, request.getResidentId());

    assertThat(erase("dpo", reference, "Subject asked").getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(jdbc.queryForMap("select outcome, outcome_notes from organisation_assignment where task_id = ?", task))
        .containsEntry("outcome", "DONE").containsEntry("outcome_notes", null);
  }

  private long referral(long requestId, long partnerId, String status, String reason, String declineReason,
      String outcome) {
    return jdbc.queryForObject("""
        insert into referral (id, request_id, partner_id, status, priority, safeguarding, lawful_basis, reason,
          decline_reason, outcome, escalations, created_at, sent_at, version)
        values (nextval('referral_seq'), ?, ?, ?, 'P3', false, 'consent', ?, ?, ?, 0, now(), now(), 0)
        returning id""", Long.class, requestId, partnerId, status, reason, declineReason, outcome);
  }

  private long task(long requestId, long residentId) {
    return jdbc.queryForObject("""
        insert into volunteer_task (request_id, resident_id, district, priority, required_skills, required_dbs,
          need_summary, window_start, window_end, search_scope, search_round, status, created_at)
        values (?, ?, 'WA10', 'P2', 'SHOPPING', 'NONE', 'Shopping', now(), now(), 'DISTRICT', 1, 'DONE', now())
        returning id""", Long.class, requestId, residentId);
  }

  @Test
  void aResidentStillBeingHelpedIsNotErased() {
    IntakeCommand resident = aRequest().build();
    String reference = intake.submit(resident).reference();

    ResponseEntity<String> refused = erase("dpo", reference, "asked");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).contains(reference);
    long residentId = intake.findByReference(reference).orElseThrow().getResidentId();
    assertThat(jdbc.queryForObject("select first_name from resident where id = ?", String.class, residentId))
        .isEqualTo(resident.firstName());
  }

  @Test
  void onlyDataProtectionOfficersErase() {
    String reference = intake.submit(aRequest().supportNetworkAvailable(true).build()).reference();
    assertThat(erase("callhandler", reference, "x").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> noReason = erase("dpo", reference, "");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getHeaders().getContentType()).as("problem details, as the partner API answers")
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(noReason.getBody()).contains("say why the data is erased");
  }

  @Test
  void retentionJobErasesResidentsWhoseRequestsAllClosedBeforeTheCutoff() {
    IntakeCommand closedLongAgo = aRequest().supportNetworkAvailable(true).build();
    String closed = intake.submit(closedLongAgo).reference();
    IntakeCommand stillHelped = aRequest().build();
    String open = intake.submit(stillHelped).reference();

    int erased = retention.eraseClosedBefore(Instant.now().plusSeconds(60));

    assertThat(erased).isPositive();
    assertThat(firstName(closed)).isEqualTo("(erased)");
    assertThat(firstName(open)).isEqualTo(stillHelped.firstName());
    assertThat(retention.eraseClosedBefore(Instant.now().plusSeconds(60))).as("nothing twice").isZero();
  }

  private long historicVariables(String reference) {
    String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()
        .stream().map(i -> i.getId()).toArray(String[]::new);
    return history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).count();
  }

  private String firstName(String reference) {
    return jdbc.queryForObject("select p.first_name from resident p join help_request r on r.resident_id = p.id"
        + " where r.reference = ?", String.class, reference);
  }

  private void closeEverything(String reference) {
    jdbc.update("update help_request set status = 'CLOSED', closed_at = now() where reference = ?", reference);
  }

  private ResponseEntity<String> erase(String user, String reference, String reason) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange("/api/staff/erasures?reference=" + reference, HttpMethod.POST,
        new HttpEntity<>("{\"reason\":\"" + reason + "\"}", headers), String.class);
  }
}
