package org.communityhub.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityhub.platform.validation.FieldError;

/**
 * The intake form's keys as process variables, read into an {@link IntakeCommand} and written
 * from one, so Tasklist and Java starts go through the same validation.
 */
public final class IntakeVariables {

  public static final String PROCESS_KEY = "helpline-intake";
  /** The registration commits after this task (asyncAfter); the rest of intake is a job. */
  public static final String REGISTRATION_TASK = "Task_RegisterRequest";

  // Routing facts and ids: what the process keeps after registration.
  public static final String REQUEST_ID = "requestId";
  public static final String REFERENCE = "reference";
  public static final String ATTACHED = "attached";
  public static final String ATTACHED_TO_REFERENCE = "attachedToReference";
  public static final String AGE = "age";
  public static final String NEEDS = "needs";
  public static final String URGENCY = "urgency";
  public static final String SUPPORT_NETWORK_AVAILABLE = "supportNetworkAvailable";
  public static final String SHIELDING = "shielding";
  public static final String DISABILITY = "disability";
  public static final String SELF_ISOLATING = "selfIsolating";
  public static final String IN_AREA = "inArea";
  public static final String POSTCODE_DISTRICT = "postcodeDistrict";
  public static final String ELIGIBILITY_OUTCOME = "eligibilityOutcome";
  public static final String PRIORITY = "priority";
  public static final String PARTNER_TYPE = "partnerType";
  public static final String ELIGIBILITY_REASON = "eligibilityReason";

  /** Who the resident is and how to reach them: moved to the hub's tables, then removed. */
  static final List<String> PERSONAL_DETAILS = List.of("firstName", "lastName", "dateOfBirth", "phone",
      "email", "addressLine1", "addressLine2", "town", "postcode");

  /** Every key the form (or a Java start) submits; replaced by the routing facts after registration. */
  static final List<String> INPUTS = java.util.stream.Stream.concat(
      java.util.stream.Stream.concat(PERSONAL_DETAILS.stream(), Arrays.stream(Need.values()).map(Need::formKey)),
      java.util.stream.Stream.of("channel", "submittedBy", URGENCY, SUPPORT_NETWORK_AVAILABLE, SHIELDING, DISABILITY,
          SELF_ISOLATING, "consentShareWithPartners", "consentVolunteerContact", "notes")).toList();

  private static final DateTimeFormatter UK_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private IntakeVariables() {}

  /** A command read from variables, and the fields that could not be read. */
  record Read(IntakeCommand command, List<FieldError> unreadable) {}

  static Read read(Map<String, Object> variables) {
    List<FieldError> unreadable = new ArrayList<>();
    Reader in = new Reader(variables, unreadable);
    IntakeCommand command = new IntakeCommand(
        in.enumValue("channel", Channel.class, Channel.PHONE),
        in.firstText("submittedBy", "initiator"),
        in.text("firstName"),
        in.text("lastName"),
        in.date("dateOfBirth"),
        in.text("phone"),
        in.text("email"),
        in.text("addressLine1"),
        in.text("addressLine2"),
        in.text("town"),
        in.text("postcode"),
        Arrays.stream(Need.values()).filter(n -> in.flag(n.formKey()))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Need.class))),
        in.enumValue(URGENCY, Urgency.class, null),
        in.yesNo(SUPPORT_NETWORK_AVAILABLE),
        in.flag(SHIELDING),
        in.flag(DISABILITY),
        in.flag(SELF_ISOLATING),
        in.flag("consentShareWithPartners"),
        in.flag("consentVolunteerContact"),
        in.text("notes"));
    return new Read(command, unreadable);
  }

  /** Ids and routing facts: all the process keeps about a registered request. */
  static Map<String, Object> routingFacts(IntakeCommand command, Registration registration) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(REQUEST_ID, registration.requestId());
    facts.put(REFERENCE, registration.reference());
    facts.put(ATTACHED, registration.attached());
    facts.put(ATTACHED_TO_REFERENCE, registration.attachedToReference());
    facts.put(AGE, java.time.Period.between(command.dateOfBirth(),
        LocalDate.now(ZoneId.of("Europe/London"))).getYears());
    facts.put(NEEDS, needsList(command.needs()));
    facts.put(URGENCY, command.urgency().name());
    facts.put(SUPPORT_NETWORK_AVAILABLE, command.supportNetworkAvailable());
    facts.put(SHIELDING, command.shielding());
    facts.put(DISABILITY, command.disability());
    facts.put(SELF_ISOLATING, command.selfIsolating());
    if (command.notes() != null) {
      facts.put("notes", command.notes()); // for the officer's 'Review eligibility' form
    }
    return facts;
  }

  /** The same keys the Tasklist form submits, as plain values. */
  static Map<String, Object> of(IntakeCommand command) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("channel", command.channel() == null ? null : command.channel().name());
    variables.put("submittedBy", command.submittedBy());
    variables.put("firstName", command.firstName());
    variables.put("lastName", command.lastName());
    variables.put("dateOfBirth", command.dateOfBirth() == null ? null : command.dateOfBirth().toString());
    variables.put("phone", command.phone());
    variables.put("email", command.email());
    variables.put("addressLine1", command.addressLine1());
    variables.put("addressLine2", command.addressLine2());
    variables.put("town", command.town());
    variables.put("postcode", command.postcode());
    for (Need need : Need.values()) {
      variables.put(need.formKey(), command.needs().contains(need));
    }
    variables.put(URGENCY, command.urgency() == null ? null : command.urgency().name());
    variables.put(SUPPORT_NETWORK_AVAILABLE, command.supportNetworkAvailable());
    variables.put(SHIELDING, command.shielding());
    variables.put(DISABILITY, command.disability());
    variables.put(SELF_ISOLATING, command.selfIsolating());
    variables.put("consentShareWithPartners", command.consentShareWithPartners());
    variables.put("consentVolunteerContact", command.consentVolunteerContact());
    variables.put("notes", command.notes());
    return variables;
  }

  /** "FOOD,PRESCRIPTIONS": needs as the eligibility DMN reads them. */
  static String needsList(Set<Need> needs) {
    return needs.stream().sorted().map(Need::name).collect(Collectors.joining(","));
  }

  /** Reads loosely typed form values, noting the ones that make no sense. */
  private record Reader(Map<String, Object> variables, List<FieldError> unreadable) {

    String text(String key) {
      Object value = variables.get(key);
      if (value == null) {
        return null;
      }
      String text = value.toString().trim();
      return text.isEmpty() ? null : text;
    }

    String firstText(String... keys) {
      return Arrays.stream(keys).map(this::text).filter(t -> t != null).findFirst().orElse(null);
    }

    boolean flag(String key) {
      return Boolean.TRUE.equals(yesNo(key));
    }

    Boolean yesNo(String key) {
      Object value = variables.get(key);
      if (value == null || value instanceof Boolean) {
        return (Boolean) value;
      }
      return switch (value.toString().trim().toLowerCase(Locale.UK)) {
        case "" -> null;
        case "true", "yes" -> true;
        case "false", "no" -> false;
        default -> {
          unreadable.add(new FieldError(key, "must be yes or no"));
          yield null;
        }
      };
    }

    LocalDate date(String key) {
      Object value = variables.get(key);
      if (value instanceof Date date) {
        return date.toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate();
      }
      String text = text(key);
      if (text == null) {
        return null;
      }
      try {
        // Call handlers type UK dates (02/03/1941); Java and API callers send ISO dates (1941-03-02).
        return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // The value itself is personal data: never echo it into messages or logs.
        unreadable.add(new FieldError(key, "is not a date; use DD/MM/YYYY"));
        return null;
      }
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
      String text = text(key);
      if (text == null) {
        return fallback;
      }
      try {
        return Enum.valueOf(type, text.toUpperCase(Locale.UK));
      } catch (IllegalArgumentException e) {
        unreadable.add(new FieldError(key, "must be one of " + Arrays.toString(type.getEnumConstants())));
        return null;
      }
    }
  }
}
