package org.communityhub.desk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communityhub.intake.Channel;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.Need;
import org.communityhub.intake.Urgency;
import org.communityhub.platform.validation.FieldError;

/**
 * 'Record a request for help' as the desk's form sends it: the fields of Tasklist's start form
 * (forms/record-request.form), the date of birth in GOV.UK's three boxes. Intake's validator
 * checks it; this class only reads what was typed.
 */
record RecordRequestForm(String firstName, String lastName, String dobDay, String dobMonth, String dobYear,
    String addressLine1, String addressLine2, String town, String postcode, String phone, String email,
    List<String> needs, String urgency, String supportNetworkAvailable, Boolean shielding, Boolean disability,
    Boolean selfIsolating, Boolean consentShareWithPartners, Boolean consentVolunteerContact, String notes) {

  static RecordRequestForm empty() {
    return new RecordRequestForm(null, null, null, null, null, null, null, null, null, null, null, List.of(), null,
        null, false, false, false, false, false, null);
  }

  RecordRequestForm {
    needs = needs == null ? List.of() : List.copyOf(needs);
  }

  /** A call handler's request, by phone, recorded by them. */
  IntakeCommand toCommand(String staffUser) {
    // A box left empty is not given (as Tasklist's form sends it), so intake says "enter the postcode", not "is not a postcode".
    return new IntakeCommand(Channel.PHONE, staffUser, given(firstName), given(lastName), dateOfBirth(), given(phone),
        given(email), given(addressLine1), given(addressLine2), given(town), given(postcode), chosenNeeds(),
        urgencyChosen(), yesNo(supportNetworkAvailable), on(shielding), on(disability), on(selfIsolating),
        on(consentShareWithPartners), on(consentVolunteerContact), given(notes));
  }

  /** What could not be read at all: a date that is not a date, a choice not on the form. */
  List<FieldError> unreadable() {
    List<FieldError> unreadable = new ArrayList<>();
    if (anyDateBox() && dateOfBirth() == null) {
      unreadable.add(new FieldError("dateOfBirth", "Date of birth must be a real date, for example 2 3 1941"));
    }
    if (needs.stream().anyMatch(need -> !isNeed(need))) {
      unreadable.add(new FieldError("needs", "Choose what the resident needs help with from the list"));
    }
    if (urgency != null && !urgency.isBlank() && urgencyChosen() == null) {
      unreadable.add(new FieldError("urgency", "Choose how urgent the request is from the list"));
    }
    return unreadable;
  }

  public boolean needChosen(Need need) {
    return needs.contains(need.name());
  }

  private LocalDate dateOfBirth() {
    if (!anyDateBox()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(dobYear.trim()), Integer.parseInt(dobMonth.trim()),
          Integer.parseInt(dobDay.trim()));
    } catch (NumberFormatException | DateTimeException | NullPointerException notADate) {
      return null;
    }
  }

  private boolean anyDateBox() {
    return !blank(dobDay) || !blank(dobMonth) || !blank(dobYear);
  }

  private Set<Need> chosenNeeds() {
    Set<Need> chosen = EnumSet.noneOf(Need.class);
    needs.stream().filter(RecordRequestForm::isNeed).map(Need::valueOf).forEach(chosen::add);
    return chosen;
  }

  private Urgency urgencyChosen() {
    for (Urgency each : Urgency.values()) {
      if (each.name().equals(urgency)) {
        return each;
      }
    }
    return null;
  }

  private static boolean isNeed(String value) {
    for (Need need : Need.values()) {
      if (need.name().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static Boolean yesNo(String value) {
    return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
  }

  private static boolean on(Boolean value) {
    return Boolean.TRUE.equals(value);
  }

  private static String given(String text) {
    return blank(text) ? null : text.trim();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
