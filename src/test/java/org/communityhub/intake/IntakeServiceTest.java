package org.communityhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Intake started from Java (as the partner API will), and what it leaves in PostgreSQL. */
@HubIntegrationTest
class IntakeServiceTest {

  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void submittedRequestLeavesResidentRequestAndNeedsRowsAndAProcessAtTheNextStep() {
    IntakeCommand command = aRequest().channel(Channel.PARTNER).email("Mary.Smith@Example.org")
        .needs(Need.FOOD, Need.PRESCRIPTIONS).urgency(Urgency.URGENT).build();

    IntakeResult result = intake.submit(command);

    assertThat(result.reference()).matches("HR-" + LocalDate.now().getYear() + "-\\d{6}");
    assertThat(result.status()).isEqualTo(RequestStatus.AWAITING_VOLUNTEER);
    assertThat(result.attachedToReference()).isNull();

    var request = jdbc.queryForMap("select * from help_request where reference = ?", result.reference());
    assertThat(request).containsEntry("channel", "PARTNER").containsEntry("status", "AWAITING_VOLUNTEER")
        .containsEntry("eligibility_outcome", "VOLUNTEER").containsEntry("priority", "P1")
        .containsEntry("postcode_district", "WA10").containsEntry("decided_by", "eligibility rules");
    assertThat(jdbc.queryForList("select need from help_request_need where request_id = ? order by need",
        String.class, request.get("id"))).containsExactly("FOOD", "PRESCRIPTIONS");
    var resident = jdbc.queryForMap("select * from resident where id = ?", request.get("resident_id"));
    assertThat(resident).containsEntry("first_name", command.firstName())
        .containsEntry("postcode", "WA10 1HF").containsEntry("email", "mary.smith@example.org")
        .containsEntry("phone", command.phone().replace(" ", ""));

    var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("helpline-intake")
        .processInstanceBusinessKey(result.reference()).singleResult();
    assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("Task_DispatchVolunteer");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .as("the resident's details never enter Camunda's tables")
        .extracting(org.camunda.bpm.engine.history.HistoricVariableInstance::getName)
        .contains("requestId", "needs", "age")
        .doesNotContain("firstName", "lastName", "dateOfBirth", "phone", "email", "addressLine1", "postcode");
  }

  @Test
  void secondSubmissionForTheSameResidentIsAttachedNotOpened() {
    IntakeCommand first = aRequest().build();
    IntakeResult opened = intake.submit(first);

    IntakeResult again = intake.submit(aRequest().sameResidentAs(first).needs(Need.BEFRIENDING).build());

    assertThat(again.status()).isEqualTo(RequestStatus.ATTACHED);
    assertThat(again.attachedToReference()).isEqualTo(opened.reference());
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(again.reference())
        .taskDefinitionKey("Task_ReviewAttachedRequest").count()).isEqualTo(1);
  }

  @Test
  void invalidRequestNamesEachFieldAndStoresNothing() {
    long requestsBefore = count("help_request");
    long residentsBefore = count("resident");
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    IntakeCommand invalid = aRequest().postcode("NOT A POSTCODE").dateOfBirth(LocalDate.now().plusDays(3))
        .phone(null).email(null).needs().build();

    assertThatThrownBy(() -> intake.submit(invalid))
        .isInstanceOfSatisfying(IntakeValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactly("dateOfBirth", "email", "needs", "phone", "postcode"))
        .hasMessageContaining("dateOfBirth: must be in the past")
        .hasMessageContaining("postcode: is not a UK postcode")
        .hasMessageContaining("needs: choose at least one thing the resident needs help with")
        .hasMessageContaining("phone: give a phone number or an email address");

    assertThat(count("help_request")).isEqualTo(requestsBefore);
    assertThat(count("resident")).isEqualTo(residentsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void aCharacterThatCannotBeStoredIsRefusedNamingTheField() {
    long requestsBefore = count("help_request");
    // Found by the partner API's fuzz run: a NUL in a name reached PostgreSQL and came back as a 500.
    IntakeCommand withNul = aRequest().name("Ir\u0000is", "Okafor").notes("Keyholder:\n daughter\tnext door").build();

    assertThatThrownBy(() -> intake.submit(withNul))
        .isInstanceOfSatisfying(IntakeValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("firstName"))
        .hasMessageContaining("firstName: contains a character that cannot be stored");
    assertThat(count("help_request")).isEqualTo(requestsBefore);
  }

  @Test
  void formStartWithUnreadableValuesIsRefusedByTheProcessAndStoresNothing() {
    long requestsBefore = count("help_request");
    var variables = IntakeVariables.of(aRequest().build());
    variables.put("dateOfBirth", "31/02/1950");
    variables.put("urgency", "WHENEVER");
    variables.put("phone", "12345");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(IntakeVariables.PROCESS_KEY, variables))
        .isInstanceOfSatisfying(IntakeValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("dateOfBirth", "is not a date; use DD/MM/YYYY"),
            new FieldError("phone", "is not a UK phone number, for example 01744 123456 or +44 7700 900123"),
            new FieldError("urgency", "must be one of [URGENT, SOON, ROUTINE]")));
    assertThat(count("help_request")).isEqualTo(requestsBefore);
  }

  @Test
  void missingNamesAddressAndAnswersAreEachReported() {
    var variables = IntakeVariables.of(aRequest().build());
    List.of("firstName", "lastName", "addressLine1", "town", "urgency", "supportNetworkAvailable")
        .forEach(variables::remove);

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(IntakeVariables.PROCESS_KEY, variables))
        .isInstanceOfSatisfying(IntakeValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactly("addressLine1", "firstName", "lastName", "supportNetworkAvailable", "town", "urgency"));
  }

  @Test
  void dateOfBirthTooLongAgoIsRefused() {
    assertThatThrownBy(() -> intake.submit(aRequest().dateOfBirth(LocalDate.of(1890, 1, 1)).build()))
        .hasMessageContaining("dateOfBirth: must be after 1 January 1900");
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
