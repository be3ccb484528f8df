package org.communityhub.desk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;
import org.communityhub.partnerapi.PartnerAdministration.Agreement;
import org.communityhub.partnerapi.PartnerAdministration.NewPartner;
import org.communityhub.partners.SharedField;

/**
 * The administrators' partner forms as typed, checked in plain English before anything is stored;
 * PartnerAdministration checks the same again for every caller. SLAs are typed in whole hours.
 */
final class PartnerForms {

  /** Up to 30 days: longer is a slip (days typed as hours), not an agreement. */
  static final int MAX_SLA_HOURS = 720;

  private PartnerForms() {}

  /** A data-sharing agreement's form: the fields shared, the lawful basis, hours to acknowledge per priority. */
  record AgreementForm(List<String> allowedFields, String lawfulBasis, String slaP1, String slaP2, String slaP3) {

    static AgreementForm of(Agreement agreement) {
      Map<String, String> sla = agreement.acknowledgementSla();
      return new AgreementForm(agreement.allowedFields(), agreement.lawfulBasis(), hours(sla.get("P1")),
          hours(sla.get("P2")), hours(sla.get("P3")));
    }

    List<String> fields() {
      return allowedFields == null ? List.of() : allowedFields;
    }

    String sla(Priority priority) {
      return switch (priority) {
        case P1 -> slaP1;
        case P2 -> slaP2;
        case P3 -> slaP3;
      };
    }

    List<FormError> errors() {
      List<FormError> errors = new ArrayList<>();
      for (String field : fields()) {
        try {
          SharedField.fromName(field);
        } catch (IllegalArgumentException notAField) {
          errors.add(new FormError("allowedFields", "Choose the resident's details from the list"));
        }
      }
      if (lawfulBasis == null || lawfulBasis.isBlank()) {
        errors.add(new FormError("lawfulBasis", "Enter the lawful basis for sharing, for example UK GDPR Art 6(1)(e)"));
      } else if (lawfulBasis.length() > 500) {
        errors.add(new FormError("lawfulBasis", "The lawful basis must be 500 characters or fewer"));
      }
      for (Priority priority : Priority.values()) {
        if (parseHours(sla(priority)) == null) {
          errors.add(new FormError("sla" + priority, "Enter the hours to acknowledge a priority "
              + priority.name().substring(1) + " referral as a whole number from 1 to " + MAX_SLA_HOURS));
        }
      }
      return errors;
    }

    /** Call only when {@link #errors()} is empty. */
    Agreement agreement() {
      Map<String, String> sla = new LinkedHashMap<>();
      for (Priority priority : Priority.values()) {
        sla.put(priority.name(), Duration.ofHours(parseHours(sla(priority))).toString());
      }
      return new Agreement(fields(), lawfulBasis.trim(), sla);
    }
  }

  /** A new partner's form: who they are, and their first agreement. */
  record NewPartnerForm(String code, String name, String partnerType, String contactEmail, String escalationEmail,
      List<String> allowedFields, String lawfulBasis, String slaP1, String slaP2, String slaP3) {

    static NewPartnerForm empty() {
      return new NewPartnerForm(null, null, null, null, null, List.of(), null, "24", "48", "120");
    }

    AgreementForm agreementForm() {
      return new AgreementForm(allowedFields, lawfulBasis, slaP1, slaP2, slaP3);
    }

    List<FormError> errors() {
      List<FormError> errors = new ArrayList<>();
      if (name == null || name.isBlank()) {
        errors.add(new FormError("name", "Enter the partner's name"));
      } else if (name.length() > 200) {
        errors.add(new FormError("name", "The partner's name must be 200 characters or fewer"));
      }
      if (code == null || !code.trim().matches("[a-z0-9-]{2,50}")) {
        errors.add(new FormError("code", "Enter a short name of 2 to 50 small letters, digits or hyphens, like st-helens-foodbank"));
      }
      if (partnerType == null || java.util.Arrays.stream(PartnerType.values()).noneMatch(t -> t.name().equals(partnerType))) {
        errors.add(new FormError("partnerType", "Choose what kind of partner this is"));
      }
      if (!isEmail(contactEmail)) {
        errors.add(new FormError("contactEmail", "Enter the partner's contact email address, like referrals@partner.org.uk"));
      }
      if (!isEmail(escalationEmail)) {
        errors.add(new FormError("escalationEmail", "Enter the email address for late referrals, like manager@partner.org.uk"));
      }
      errors.addAll(agreementForm().errors());
      return errors;
    }

    /** Call only when {@link #errors()} is empty. */
    NewPartner newPartner() {
      return new NewPartner(code.trim(), name.trim(), partnerType, contactEmail.trim(), escalationEmail.trim(),
          agreementForm().agreement());
    }
  }

  /** An ISO-8601 duration as whole hours for the form; blank when it is not whole hours (e.g. a test's minute). */
  static String hours(String duration) {
    try {
      Duration parsed = Duration.parse(duration);
      return parsed.toMinutes() % 60 == 0 ? String.valueOf(parsed.toHours()) : "";
    } catch (RuntimeException notADuration) {
      return "";
    }
  }

  private static Integer parseHours(String typed) {
    try {
      int hours = Integer.parseInt(typed == null ? "" : typed.trim());
      return hours >= 1 && hours <= MAX_SLA_HOURS ? hours : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static boolean isEmail(String email) {
    return email != null && email.trim().length() <= 254 && email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }
}
