package org.communityhub.offerhelp;

import java.time.Duration;
import java.util.List;
import org.communityhub.platform.validation.FieldError;

/**
 * The register's problems (written for coordinators: "enter the volunteer's first name") in the
 * words of the person filling in the public form ("Enter your first name"), one per field, naming
 * what to type; never a code or a list of enum names.
 */
final class PublicWords {

  /** The person's form, top to bottom: the error summary lists problems in this order. */
  static final List<String> PERSON_FIELDS = List.of("firstName", "lastName", "email", "phone", "homeDistrict",
      "travelDistricts", "skills", "availableDays", "timesOfDay", "dbs", "dbsIssuedOn");

  /** The organisation's form, top to bottom. */
  static final List<String> ORGANISATION_FIELDS = List.of("name", "kind", "contactName", "contactPhone",
      "contactEmail", "offers", "offerDescription", "capacity", "districts");

  private PublicWords() {}

  static FieldError forPerson(FieldError problem) {
    String m = problem.message();
    String words = switch (problem.field()) {
      case "firstName" -> m.startsWith("enter") ? "Enter your first name" : "Your first name must be 100 characters or fewer";
      case "lastName" -> m.startsWith("enter") ? "Enter your last name" : "Your last name must be 100 characters or fewer";
      case "email" -> m.startsWith("enter the") ? "Enter your email address"
          : "Enter an email address in the correct format, like name@example.com";
      case "phone" -> "Enter a UK phone number, like 07700 900123, or leave it empty";
      case "homeDistrict" -> "Choose the district you live in from the list";
      case "travelDistricts" -> "Choose the districts you will travel to from the list";
      case "skills" -> "Choose at least one way you can help";
      case "availableDays" -> "Choose at least one day you are free";
      case "dbsLevel" -> "Choose whether you hold a DBS check";
      case "dbsIssuedOn" -> m.startsWith("cannot") ? "The date your DBS certificate was issued must be today or in the past"
          : m.startsWith("enter") ? "Enter the date your DBS certificate was issued, for example 27/03/2024"
          : "Enter the date your DBS certificate was issued as day/month/year, for example 27/03/2024";
      default -> "Check this answer";
    };
    return new FieldError(problem.field().equals("dbsLevel") ? "dbs" : problem.field(), words);
  }

  static FieldError forOrganisation(FieldError problem) {
    String m = problem.message();
    String words = switch (problem.field()) {
      case "name" -> m.contains("already") ? "Your organisation has already offered help: call the community hub to change"
          + " its offer" : "Enter the name of your business or organisation (up to 200 characters)";
      case "kind" -> "Choose what kind of organisation you are";
      case "contactEmail" -> "Enter an email address in the correct format, like name@example.com";
      case "contactPhone" -> m.startsWith("give") ? "Enter a phone number or an email address we can reach you on"
          : "Enter a UK phone number, like 01744 900123";
      case "offers" -> "Choose at least one kind of help you can offer";
      case "offerDescription" -> "What you can offer must be 1000 characters or fewer";
      case "capacity" -> "Enter how many requests you can take on at once, as a whole number from 1 to 10000";
      case "districts" -> "Choose at least one district you can help in";
      default -> "Check this answer";
    };
    return new FieldError(problem.field(), words);
  }

  /** "24 hours", "30 minutes": how long a link works, as the email says it. */
  static String duration(Duration d) {
    if (d.toMinutes() % 60 != 0 || d.toHours() == 0) {
      return d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes");
    }
    return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
  }
}
