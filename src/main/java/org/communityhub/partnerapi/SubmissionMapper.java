package org.communityhub.partnerapi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communityhub.intake.Channel;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.intake.Need;
import org.communityhub.intake.Urgency;
import org.communityhub.platform.validation.FieldError;

/**
 * Turns the API's JSON shape into an intake command, and intake's field names back into the
 * API's JSON paths, so a partner's developer sees "resident.address.postcode".
 */
final class SubmissionMapper {

  private static final Map<String, String> API_FIELD = Map.ofEntries(
      Map.entry("firstName", "resident.firstName"),
      Map.entry("lastName", "resident.lastName"),
      Map.entry("dateOfBirth", "resident.dateOfBirth"),
      Map.entry("phone", "resident.phone"),
      Map.entry("email", "resident.email"),
      Map.entry("addressLine1", "resident.address.line1"),
      Map.entry("addressLine2", "resident.address.line2"),
      Map.entry("town", "resident.address.town"),
      Map.entry("postcode", "resident.address.postcode"));

  private SubmissionMapper() {}

  static IntakeCommand toCommand(HelpRequestSubmission submission, String partnerClientId) {
    List<FieldError> errors = new ArrayList<>();
    if (submission.resident() == null) {
      errors.add(new FieldError("resident", "is required"));
    }
    if (submission.consent() == null || submission.consent().shareWithPartners() == null
        || submission.consent().contactByVolunteers() == null) {
      errors.add(new FieldError("consent", "say whether the resident agrees to sharing with partners"
          + " (shareWithPartners) and to contact by a volunteer (contactByVolunteers)"));
    }
    Set<Need> needs = EnumSet.noneOf(Need.class);
    List<String> givenNeeds = submission.needs() == null ? List.of() : submission.needs();
    for (int i = 0; i < givenNeeds.size(); i++) {
      try {
        needs.add(Need.valueOf(String.valueOf(givenNeeds.get(i)).trim().toUpperCase(Locale.UK)));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("needs[" + i + "]", "must be one of " + List.of(Need.values())));
      }
    }
    Urgency urgency = null;
    if (submission.urgency() != null) {
      try {
        urgency = Urgency.valueOf(submission.urgency().trim().toUpperCase(Locale.UK));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("urgency", "must be one of " + List.of(Urgency.values())));
      }
    }
    if (!errors.isEmpty()) {
      throw new IntakeValidationException(errors);
    }
    var resident = submission.resident();
    var address = resident.address() == null ? new HelpRequestSubmission.Address(null, null, null, null)
        : resident.address();
    var vulnerability = submission.vulnerability() == null
        ? new HelpRequestSubmission.Vulnerability(false, false, false) : submission.vulnerability();
    return new IntakeCommand(Channel.PARTNER, partnerClientId, resident.firstName(), resident.lastName(),
        resident.dateOfBirth(), resident.phone(), resident.email(), address.line1(), address.line2(),
        address.town(), address.postcode(), needs, urgency, submission.supportNetworkAvailable(),
        vulnerability.shielding(), vulnerability.disability(), vulnerability.selfIsolating(),
        submission.consent().shareWithPartners(), submission.consent().contactByVolunteers(), submission.notes());
  }

  /** The API path of an intake field. */
  static String apiField(String intakeField) {
    return API_FIELD.getOrDefault(intakeField, intakeField);
  }
}
