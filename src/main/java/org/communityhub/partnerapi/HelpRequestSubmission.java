package org.communityhub.partnerapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.Need;
import org.communityhub.intake.Urgency;

/**
 * POST /api/v1/help-requests: a partner refers a resident to the hub. The schema annotations are
 * the partner API document's (/v3/api-docs); the rules themselves are intake's (IntakeCommand).
 */
@Schema(description = "A resident the partner refers to the hub. Unknown fields are refused.")
public record HelpRequestSubmission(
    @Schema(requiredMode = REQUIRED) Resident resident,
    @ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = REQUIRED,
        description = "What the resident needs help with: at least one.", example = "[\"FOOD\", \"PRESCRIPTIONS\"]"),
        schema = @Schema(implementation = Need.class))
    List<String> needs,
    @Schema(requiredMode = REQUIRED, implementation = Urgency.class, example = "SOON",
        description = "URGENT: today, no food or medicine left; SOON: in the next two days; ROUTINE: this week.")
    String urgency,
    @Schema(requiredMode = REQUIRED, example = "false",
        description = "Whether family, friends or neighbours can help the resident.")
    Boolean supportNetworkAvailable,
    @Schema(nullable = true) Vulnerability vulnerability,
    @Schema(requiredMode = REQUIRED) Consent consent,
    @Schema(nullable = true, maxLength = 2000, example = "Keyholder is her daughter, on 07700 900456.",
        description = "Anything the hub should know; only the partners whose agreement allows it see it.")
    String notes) {

  @Schema(name = "SubmittedResident", description = "Give a phone number or an email address, or both. An optional"
      + " field may be left out or null.")
  public record Resident(
      @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 100, example = "Iris") String firstName,
      @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 100, example = "Ainsworth") String lastName,
      @Schema(requiredMode = REQUIRED, example = "1944-02-29",
          description = "In the past and after 1 January 1900.") LocalDate dateOfBirth,
      @Schema(nullable = true, pattern = IntakeCommand.PHONE_PATTERN, example = "01744 676767",
          description = "A UK number: 0 or +44, then 9 or 10 digits; spaces and dashes allowed.") String phone,
      @Schema(nullable = true, format = "email", maxLength = 254, example = "iris.ainsworth@example.org") String email,
      @Schema(requiredMode = REQUIRED) Address address) {}

  @Schema(name = "SubmittedAddress")
  public record Address(
      @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 200, example = "12 Boundary Road") String line1,
      @Schema(nullable = true, maxLength = 200, example = "Flat 2") String line2,
      @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 100, example = "St Helens") String town,
      @Schema(requiredMode = REQUIRED, pattern = POSTCODE_PATTERN, example = "WA10 1AA",
          description = "A UK postcode. One outside the council's area is taken and signposted elsewhere.")
      String postcode) {}

  /** Optional: the eligibility rules weigh these; absent means not known to apply. */
  @Schema(description = "Optional; a flag left out (or null) means not known to apply.")
  public record Vulnerability(
      @Schema(nullable = true, example = "true") boolean shielding,
      @Schema(nullable = true, example = "false") boolean disability,
      @Schema(nullable = true, example = "false") boolean selfIsolating) {}

  @Schema(description = "What the resident has agreed to.")
  public record Consent(
      @Schema(requiredMode = REQUIRED, example = "true",
          description = "The hub may share the details partners' agreements allow with them.")
      Boolean shareWithPartners,
      @Schema(requiredMode = REQUIRED, example = "true", description = "A volunteer may contact the resident.")
      Boolean contactByVolunteers) {}

  /** IntakeCommand.POSTCODE_PATTERN without its case-insensitive flag, which a JSON schema cannot carry. */
  static final String POSTCODE_PATTERN =
      "^\\s*([Gg][Ii][Rr] ?0[Aa][Aa]|[A-Za-z]{1,2}[0-9][0-9A-Za-z]? ?[0-9][A-Za-z]{2})\\s*$";
}
