package org.communityhub.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityhub.platform.validation.FieldError;

/**
 * Intake's field errors worded for the desk's form: intake says "is not a UK postcode, for example
 * WA10 1AA" (Tasklist shows it beside the field); the error summary needs "Postcode is not a UK
 * postcode, for example WA10 1AA".
 */
final class IntakeErrors {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("firstName", "First name"), Map.entry("lastName", "Last name"),
      Map.entry("dateOfBirth", "Date of birth"), Map.entry("addressLine1", "Address line 1"),
      Map.entry("addressLine2", "Address line 2"), Map.entry("town", "Town"), Map.entry("postcode", "Postcode"),
      Map.entry("phone", "Phone"), Map.entry("email", "Email"), Map.entry("needs", "Help needed"),
      Map.entry("urgency", "How urgent it is"), Map.entry("supportNetworkAvailable", "Family, friends or neighbours"),
      Map.entry("notes", "Notes"));
  /** The form's order, top to bottom: the error summary lists problems in it. */
  private static final List<String> FORM_ORDER = List.of("firstName", "lastName", "dateOfBirth", "addressLine1",
      "addressLine2", "town", "postcode", "phone", "email", "needs", "urgency", "supportNetworkAvailable", "notes");
  /** Bean Validation's own size message: "size must be between 0 and 100". */
  private static final Pattern SIZE = Pattern.compile("size must be between \\d+ and (\\d+)");

  private IntakeErrors() {}

  static List<FormError> forDesk(List<FieldError> errors) {
    List<FormError> worded = new ArrayList<>();
    for (FieldError error : errors) {
      worded.add(new FormError(error.field(), sentence(error.field(), error.message())));
    }
    worded.sort(java.util.Comparator.comparingInt(error -> FORM_ORDER.contains(error.field())
        ? FORM_ORDER.indexOf(error.field()) : FORM_ORDER.size()));
    return worded;
  }

  /**
   * For the error summary: a problem that concerns two fields ("give a phone number or an email
   * address") once, linking to the first.
   */
  static List<FormError> onceEach(List<FormError> errors) {
    List<FormError> once = new ArrayList<>();
    for (FormError error : errors) {
      if (once.stream().noneMatch(shown -> shown.message().equals(error.message()))) {
        once.add(error);
      }
    }
    return once;
  }

  private static String sentence(String field, String message) {
    String label = LABELS.getOrDefault(field, "This field");
    Matcher size = SIZE.matcher(message);
    if (size.matches()) {
      return label + " must be " + size.group(1) + " characters or fewer";
    }
    if (Character.isUpperCase(message.charAt(0))) {
      return message; // already a sentence (the desk's own)
    }
    if (message.matches("^(enter|choose|say|give) .*")) {
      return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
    return label + " " + message;
  }
}
