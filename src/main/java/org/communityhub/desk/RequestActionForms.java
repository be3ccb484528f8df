package org.communityhub.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.WithdrawalReason;
import org.communityhub.residents.ResidentDetails;

/**
 * The forms on a request's page and what each must hold. Field names are the inputs' ids, so the
 * error summary links to the field. Every check says which field and what to type.
 */
final class RequestActionForms {

  static final int NOTE_MAX = 2000;
  static final int REASON_MAX = 1000;
  private static final Pattern PHONE = Pattern.compile(IntakeCommand.PHONE_PATTERN);
  private static final Pattern POSTCODE = Pattern.compile(IntakeCommand.POSTCODE_PATTERN, Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$");
  /** Control characters other than tab and line breaks: never typed, and PostgreSQL refuses NUL. */
  private static final Pattern CONTROL_CHARACTER = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

  private RequestActionForms() {}

  record NoteForm(String noteText) {
    List<FormError> problems() {
      List<FormError> errors = new ArrayList<>();
      freeText(errors, "noteText", "Note", noteText, NOTE_MAX, "Enter the note");
      return errors;
    }
  }

  /** New contact details; a blank box keeps what the hub has. */
  record ContactForm(String contactPhone, String contactEmail, String contactAddressLine1, String contactAddressLine2,
      String contactTown, String contactPostcode) {

    static ContactForm empty() {
      return new ContactForm(null, null, null, null, null, null);
    }

    List<FormError> problems() {
      List<FormError> errors = new ArrayList<>();
      if (!blank(contactPhone) && !PHONE.matcher(contactPhone).matches()) {
        errors.add(new FormError("contactPhone", "Enter a UK phone number, for example 01744 123456 or +44 7700 900123"));
      }
      if (!blank(contactEmail) && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches())) {
        errors.add(new FormError("contactEmail", "Enter an email address like name@example.com"));
      }
      freeText(errors, "contactAddressLine1", "Address line 1", contactAddressLine1, 200, null);
      freeText(errors, "contactAddressLine2", "Address line 2", contactAddressLine2, 200, null);
      freeText(errors, "contactTown", "Town", contactTown, 100, null);
      if (!blank(contactPostcode) && !POSTCODE.matcher(contactPostcode).matches()) {
        errors.add(new FormError("contactPostcode", "Enter a UK postcode, for example WA10 1AA"));
      }
      if (errors.isEmpty() && blank(contactPhone) && blank(contactEmail) && blank(contactAddressLine1)
          && blank(contactAddressLine2) && blank(contactTown) && blank(contactPostcode)) {
        errors.add(new FormError("contactPhone", "Enter the new phone number, email address or address"));
      }
      return errors;
    }

    /** Only the contact fields: intake's resident record keeps the name and date of birth. */
    ResidentDetails details(String normalisedPostcode) {
      return new ResidentDetails(null, null, null, trim(contactPhone), trim(contactEmail), trim(contactAddressLine1),
          trim(contactAddressLine2), trim(contactTown), normalisedPostcode);
    }
  }

  record ReferralForm(String partnerType, String referralReason) {
    List<FormError> problems() {
      List<FormError> errors = new ArrayList<>();
      if (chosenType().isEmpty()) {
        errors.add(new FormError("partnerType", "Choose the kind of partner to refer the resident to"));
      }
      freeText(errors, "referralReason", "Reason", referralReason, REASON_MAX,
          "Enter why the resident needs this partner");
      return errors;
    }

    Optional<PartnerType> chosenType() {
      for (PartnerType type : PartnerType.values()) {
        if (type.name().equals(partnerType)) {
          return Optional.of(type);
        }
      }
      return Optional.empty();
    }
  }

  record WithdrawalForm(String withdrawalReason, String withdrawalOther) {
    List<FormError> problems() {
      List<FormError> errors = new ArrayList<>();
      Optional<WithdrawalReason> reason = chosenReason();
      if (reason.isEmpty()) {
        errors.add(new FormError("withdrawalReason", "Choose why the request is being withdrawn or closed"));
      } else if (reason.get() == WithdrawalReason.OTHER) {
        freeText(errors, "withdrawalOther", "Reason", withdrawalOther, REASON_MAX,
            "Enter why the request is being withdrawn or closed");
      }
      return errors;
    }

    Optional<WithdrawalReason> chosenReason() {
      for (WithdrawalReason reason : WithdrawalReason.values()) {
        if (reason.name().equals(withdrawalReason)) {
          return Optional.of(reason);
        }
      }
      return Optional.empty();
    }
  }

  /** A text box: required when {@code whenBlank} says what to enter; never too long or with unstorable characters. */
  private static void freeText(List<FormError> errors, String field, String label, String value, int max,
      String whenBlank) {
    if (blank(value)) {
      if (whenBlank != null) {
        errors.add(new FormError(field, whenBlank));
      }
    } else if (value.length() > max) {
      errors.add(new FormError(field, String.format(java.util.Locale.UK, "%s must be %,d characters or fewer",
          label, max)));
    } else if (CONTROL_CHARACTER.matcher(value).find()) {
      errors.add(new FormError(field, label + " contains a character that cannot be stored: type it again using"
          + " only letters, numbers and punctuation"));
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String trim(String text) {
    return blank(text) ? null : text.trim();
  }
}
