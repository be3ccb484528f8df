package org.communityhub.askforhelp;

import java.io.Serial;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityhub.intake.Channel;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.Need;
import org.communityhub.intake.Urgency;
import org.communityhub.platform.validation.FieldError;
import org.springframework.util.MultiValueMap;

/**
 * What someone has answered so far, kept in their HTTP session between the question pages and
 * forgotten once the request is sent. Values are kept as typed, to show them again; they become an
 * {@link IntakeCommand} (channel ONLINE) for intake's own validation.
 */
class Answers implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
  static final String FOR_SELF = "myself";
  static final String FOR_SOMEONE_ELSE = "someone-else";
  /** Who sent a request from the public form (help_request.submitted_by): never a staff user's name. */
  static final String SUBMITTED_BY = "ask-for-help";

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> needs = new ArrayList<>();
  private final Set<Question> answered = EnumSet.noneOf(Question.class);

  /** Takes the fields this page asks from what was posted, and nothing else. */
  void take(Question question, MultiValueMap<String, String> posted) {
    for (String field : question.fields()) {
      if (!field.equals("needs") && !field.equals("dateOfBirth")) {
        values.put(field, posted.getFirst(field));
      }
    }
    switch (question) {
      case NAME -> List.of("dobDay", "dobMonth", "dobYear").forEach(box -> values.put(box, posted.getFirst(box)));
      case HELP -> {
        needs.clear();
        needs.addAll(posted.getOrDefault("needs", List.of()));
        List.of("shielding", "disability", "selfIsolating").forEach(box -> values.put(box, posted.getFirst(box)));
      }
      case CONSENT -> List.of("consentShareWithPartners", "consentVolunteerContact")
          .forEach(box -> values.put(box, posted.getFirst(box)));
      default -> { }
    }
  }

  void answered(Question question) {
    answered.add(question);
  }

  /** The first page still to answer, in order; empty when every page needed is answered. */
  Optional<Question> firstUnanswered() {
    for (Question question : Question.values()) {
      if (needed(question) && !answered.contains(question)) {
        return Optional.of(question);
      }
    }
    return Optional.empty();
  }

  boolean needed(Question question) {
    return question != Question.ABOUT_YOU || !forSelf();
  }

  /** Whether the person asking is the resident (until they say otherwise, pages speak to them). */
  boolean forSelf() {
    return !FOR_SOMEONE_ELSE.equals(values.get("asking"));
  }

  boolean asked() {
    return values.get("asking") != null;
  }

  /** A value as typed, for showing it again ("" when not given). */
  public String get(String field) {
    String value = values.get(field);
    return value == null ? "" : value;
  }

  public boolean ticked(String box) {
    return "true".equals(values.get(box));
  }

  public boolean needChosen(Need need) {
    return needs.contains(need.name());
  }

  public List<Need> chosenNeeds() {
    return List.copyOf(needsChosen());
  }

  /** The date of birth as the check page shows it ("27 March 1950"), or as typed if it is not a date. */
  public String dateOfBirthText() {
    LocalDate date = dateOfBirth();
    return date == null ? (get("dobDay") + " " + get("dobMonth") + " " + get("dobYear")).trim()
        : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }

  /** The request as intake takes it from this channel: only the answers, the asker's details in the notes. */
  IntakeCommand toCommand() {
    return new IntakeCommand(Channel.ONLINE, SUBMITTED_BY, given("firstName"), given("lastName"), dateOfBirth(),
        given("phone"), given("email"), given("addressLine1"), given("addressLine2"), given("town"),
        given("postcode"), needsChosen(), urgency(), yesNo(given("supportNetworkAvailable")), ticked("shielding"),
        ticked("disability"), ticked("selfIsolating"), ticked("consentShareWithPartners"),
        ticked("consentVolunteerContact"), notesForIntake());
  }

  /** What could not be read at all: a date that is not a date, a choice not on the form. */
  List<FieldError> unreadable() {
    List<FieldError> unreadable = new ArrayList<>();
    if (anyDateBox() && dateOfBirth() == null) {
      unreadable.add(new FieldError("dateOfBirth", "Date of birth must be a real date, for example 27 3 1950"));
    }
    if (needs.stream().anyMatch(need -> !isNeed(need))) {
      unreadable.add(new FieldError("needs", "Choose what help is needed from the list"));
    }
    if (given("urgency") != null && urgency() == null) {
      unreadable.add(new FieldError("urgency", "Choose how soon help is needed from the list"));
    }
    String support = given("supportNetworkAvailable");
    if (support != null && yesNo(support) == null) {
      unreadable.add(new FieldError("supportNetworkAvailable", "Choose yes or no"));
    }
    return unreadable;
  }

  /**
   * The notes intake keeps: who asked for the resident, when it was someone else (staff need to know
   * whom to call back), then what the resident's side wrote.
   */
  String notesForIntake() {
    String notes = given("notes");
    if (forSelf()) {
      return notes;
    }
    StringBuilder asker = new StringBuilder("Asked for online by ").append(given("helperName"))
        .append(" (").append(given("helperRelationship")).append(")");
    if (given("helperPhone") != null) {
      asker.append(", phone ").append(given("helperPhone"));
    }
    if (given("helperEmail") != null) {
      asker.append(", email ").append(given("helperEmail"));
    }
    asker.append(".");
    return notes == null ? asker.toString() : asker + "\n" + notes;
  }

  /** Given and not only spaces: trimmed, else null (an empty box is not an answer). */
  String given(String field) {
    String value = values.get(field);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private LocalDate dateOfBirth() {
    if (!anyDateBox()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(get("dobYear").trim()), Integer.parseInt(get("dobMonth").trim()),
          Integer.parseInt(get("dobDay").trim()));
    } catch (NumberFormatException | DateTimeException notADate) {
      return null;
    }
  }

  private boolean anyDateBox() {
    return given("dobDay") != null || given("dobMonth") != null || given("dobYear") != null;
  }

  private Set<Need> needsChosen() {
    Set<Need> chosen = EnumSet.noneOf(Need.class);
    needs.stream().filter(Answers::isNeed).map(Need::valueOf).forEach(chosen::add);
    return chosen;
  }

  Urgency urgency() {
    for (Urgency each : Urgency.values()) {
      if (each.name().equals(given("urgency"))) {
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
}
