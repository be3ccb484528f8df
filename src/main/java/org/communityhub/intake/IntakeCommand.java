package org.communityhub.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * A request for help as a call handler records it in Tasklist or a partner submits it. Field
 * names are the intake form's keys, so errors name the field the person sees.
 */
public record IntakeCommand(
    @NotNull(message = "say how the request arrived") Channel channel,
    String submittedBy,
    @NotBlank(message = "enter the resident's first name") @Size(max = 100) String firstName,
    @NotBlank(message = "enter the resident's last name") @Size(max = 100) String lastName,
    @NotNull(message = "enter the date of birth") @Past(message = "must be in the past") LocalDate dateOfBirth,
    @Pattern(regexp = PHONE_PATTERN, message = "is not a UK phone number, for example 01744 123456 or +44 7700 900123")
    String phone,
    @Email(message = "is not an email address") @Size(max = 254) String email,
    @NotBlank(message = "enter the first line of the address") @Size(max = 200) String addressLine1,
    @Size(max = 200) String addressLine2,
    @NotBlank(message = "enter the town") @Size(max = 100) String town,
    @NotBlank(message = "enter the postcode")
    @Pattern(regexp = POSTCODE_PATTERN, flags = Pattern.Flag.CASE_INSENSITIVE,
        message = "is not a UK postcode, for example WA10 1AA")
    String postcode,
    @NotEmpty(message = "choose at least one thing the resident needs help with") Set<Need> needs,
    @NotNull(message = "choose how urgent the request is") Urgency urgency,
    @NotNull(message = "say whether family, friends or neighbours can help") Boolean supportNetworkAvailable,
    boolean shielding,
    boolean disability,
    boolean selfIsolating,
    boolean consentShareWithPartners,
    boolean consentVolunteerContact,
    @Size(max = 2000) String notes) {

  /** UK numbers: 0 or +44, then 9 or 10 more digits, spaces or dashes allowed. */
  public static final String PHONE_PATTERN = "^\\s*(?:\\+44\\s?(?:\\(0\\)\\s?)?|0)(?:\\d[\\s-]?){9,10}$";
  public static final String POSTCODE_PATTERN = "^\\s*(GIR ?0AA|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2})\\s*$";

  public IntakeCommand {
    needs = needs == null ? Set.of() : Set.copyOf(needs);
  }
}
