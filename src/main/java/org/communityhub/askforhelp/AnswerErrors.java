package org.communityhub.askforhelp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityhub.platform.validation.FieldError;

/**
 * Intake's field errors worded for the public pages, speaking to the person asking: "Enter your
 * postcode" when it is their own request, "Enter their postcode" when they ask for someone else.
 * Intake's wording is for staff ("enter the resident's postcode"); its format messages ("is not a
 * UK postcode, for example WA10 1AA") get the field's name in front.
 */
final class AnswerErrors {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("helperName", "Your name"), Map.entry("helperRelationship", "How you know them"),
      Map.entry("helperPhone", "Your phone number"), Map.entry("helperEmail", "Your email address"),
      Map.entry("firstName", "First name"), Map.entry("lastName", "Last name"),
      Map.entry("dateOfBirth", "Date of birth"), Map.entry("addressLine1", "Address line 1"),
      Map.entry("addressLine2", "Address line 2"), Map.entry("town", "Town or city"),
      Map.entry("postcode", "Postcode"), Map.entry("phone", "Phone number"), Map.entry("email", "Email address"),
      Map.entry("needs", "Help needed"), Map.entry("urgency", "How soon"),
      Map.entry("supportNetworkAvailable", "Family, friends or neighbours"), Map.entry("notes", "Anything else"));
  private static final List<String> ORDER = List.of("asking", "helperName", "helperRelationship", "helperPhone",
      "helperEmail", "firstName", "lastName", "dateOfBirth", "addressLine1", "addressLine2", "town", "postcode",
      "phone", "email", "needs", "urgency", "supportNetworkAvailable", "notes");
  /** Bean Validation's own size message: "size must be between 0 and 100". */
  private static final Pattern SIZE = Pattern.compile("size must be between \\d+ and (\\d+)");

  private AnswerErrors() {}

  /** The problems among these that belong to the page's fields, worded and in the page's order. */
  static List<AnswerError> forPage(Question question, List<FieldError> errors, boolean forSelf) {
    List<AnswerError> worded = new ArrayList<>();
    for (FieldError error : errors) {
      if (question.fields().contains(error.field())) {
        worded.add(new AnswerError(error.field(), sentence(error.field(), error.message(), forSelf)));
      }
    }
    worded.sort(Comparator.comparingInt(error -> ORDER.indexOf(error.field())));
    return worded;
  }

  /** For the error summary: a problem about two fields (phone or email) once, linking to the first. */
  static List<AnswerError> onceEach(List<AnswerError> errors) {
    List<AnswerError> once = new ArrayList<>();
    for (AnswerError error : errors) {
      if (once.stream().noneMatch(shown -> shown.message().equals(error.message()))) {
        once.add(error);
      }
    }
    return once;
  }

  private static String sentence(String field, String message, boolean forSelf) {
    String your = forSelf ? "your" : "their";
    if (message.matches("^(enter|choose|say|give) .*")) {
      return switch (field) {
        case "firstName" -> "Enter " + your + " first name";
        case "lastName" -> "Enter " + your + " last name";
        case "dateOfBirth" -> "Enter " + your + " date of birth";
        case "addressLine1" -> "Enter the first line of " + your + " address";
        case "town" -> "Enter " + your + " town or city";
        case "postcode" -> "Enter " + your + " postcode";
        case "phone", "email" -> "Give a phone number or an email address so we can contact " + (forSelf ? "you" : "them");
        case "needs" -> "Choose at least one thing " + (forSelf ? "you need" : "they need") + " help with";
        case "urgency" -> "Choose how soon " + (forSelf ? "you need" : "they need") + " help";
        case "supportNetworkAvailable" -> "Choose yes if family, friends or neighbours can help, or no if they cannot";
        default -> Character.toUpperCase(message.charAt(0)) + message.substring(1);
      };
    }
    if (Character.isUpperCase(message.charAt(0))) {
      return message; // already a sentence (this feature's own)
    }
    String label = LABELS.getOrDefault(field, "This answer");
    Matcher size = SIZE.matcher(message);
    if (size.matches()) {
      return label + " must be " + String.format("%,d", Integer.parseInt(size.group(1))) + " characters or fewer";
    }
    return label + " " + message;
  }
}
