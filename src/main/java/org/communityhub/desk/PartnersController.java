package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communityhub.desk.PartnerForms.AgreementForm;
import org.communityhub.desk.PartnerForms.NewPartnerForm;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.partnerapi.PartnerAdministration;
import org.communityhub.partnerapi.PartnerAdministration.Agreement;
import org.communityhub.partnerapi.PartnerAdministration.ClientCredentials;
import org.communityhub.partners.Partner;
import org.communityhub.partners.SharedField;
import org.communityhub.platform.validation.InvalidInputException;
import org.communityhub.webhooks.PartnerWebhook;
import org.communityhub.webhooks.WebhookService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' partner pages: the list, a new partner, its data-sharing agreement and SLA, and
 * rotating its client secret. A new secret is shown once, on the page after the post, and is never
 * stored or logged in the clear (PartnerAdministration keeps only its hash). Each partner's
 * webhook (webhooks' WebhookService): where it is, whether it works, and switching a failing one back on.
 */
@Controller
class PartnersController {

  /** A partner as the list shows it; a null last secret change is "not recorded", a null webhook "none". */
  public record PartnerRow(Partner partner, Agreement agreement, Instant lastSecretChange, PartnerWebhook webhook) {

    /** "24 hours", or minutes when it is not whole hours (a demo's shortened SLA). */
    public String sla(String priority) {
      String iso = agreement.acknowledgementSla().get(priority);
      if (iso == null) {
        return "not set";
      }
      java.time.Duration duration = java.time.Duration.parse(iso);
      long amount = duration.toMinutes() % 60 == 0 ? duration.toHours() : duration.toMinutes();
      String unit = duration.toMinutes() % 60 == 0 ? "hour" : "minute";
      return amount + " " + unit + (amount == 1 ? "" : "s");
    }
  }

  private final PartnerAdministration administration;
  private final WebhookService webhooks;

  PartnersController(PartnerAdministration administration, WebhookService webhooks) {
    this.administration = administration;
    this.webhooks = webhooks;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("partnerTypes", PartnerType.values());
    model.addAttribute("sharedFields", SharedField.values());
  }

  @GetMapping("/staff/partners")
  String list(Model model) {
    List<Partner> all = administration.all();
    var webhookOf = webhooks.of(all);
    model.addAttribute("partners", all.stream()
        .map(partner -> new PartnerRow(partner, administration.agreementOf(partner),
            administration.lastSecretChange(partner.getClientId()).orElse(null), webhookOf.get(partner.getId())))
        .toList());
    return "staff/partners";
  }

  @GetMapping("/staff/partners/new")
  String newPartner(Model model) {
    model.addAttribute("form", NewPartnerForm.empty());
    model.addAttribute("errors", List.of());
    return "staff/partner-new";
  }

  @PostMapping("/staff/partners")
  String create(@ModelAttribute("form") NewPartnerForm form, Authentication admin, Model model,
      HttpServletResponse response, RedirectAttributes next) {
    List<FormError> errors = form.errors();
    if (errors.isEmpty()) {
      try {
        var created = administration.create(form.newPartner(), admin.getName());
        next.addFlashAttribute("credentials", created.client());
        next.addFlashAttribute("done", "Partner " + created.partner().getName() + " added");
        return "redirect:/staff/partners/" + created.partner().getCode() + "/new-secret";
      } catch (InvalidInputException refused) {
        // What the form cannot know: chiefly a short name another partner already has.
        errors = List.of(new FormError("code", "Another partner already uses this short name. Choose another."));
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("errors", errors);
    return "staff/partner-new";
  }

  @GetMapping("/staff/partners/{code}/agreement")
  String agreement(@PathVariable String code, Model model, HttpServletResponse response) {
    Optional<Partner> partner = administration.find(code);
    if (partner.isEmpty()) {
      return notFound(response);
    }
    model.addAttribute("partner", partner.get());
    model.addAttribute("form", AgreementForm.of(administration.agreementOf(partner.get())));
    model.addAttribute("errors", List.of());
    return "staff/partner-agreement";
  }

  @PostMapping("/staff/partners/{code}/agreement")
  String changeAgreement(@PathVariable String code, @ModelAttribute("form") AgreementForm form, Model model,
      HttpServletResponse response, RedirectAttributes next) {
    Optional<Partner> partner = administration.find(code);
    if (partner.isEmpty()) {
      return notFound(response);
    }
    List<FormError> errors = form.errors();
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("partner", partner.get());
      model.addAttribute("errors", errors);
      return "staff/partner-agreement";
    }
    administration.changeAgreement(code, form.agreement());
    next.addFlashAttribute("done", "The agreement with " + partner.get().getName()
        + " is changed. Referrals sent from now on follow it.");
    return "redirect:/staff/partners";
  }

  @GetMapping("/staff/partners/{code}/client-secret")
  String confirmRotation(@PathVariable String code, Model model, HttpServletResponse response) {
    Optional<Partner> partner = administration.find(code).filter(found -> found.getClientId() != null);
    if (partner.isEmpty()) {
      return notFound(response);
    }
    model.addAttribute("partner", partner.get());
    return "staff/partner-rotate";
  }

  @PostMapping("/staff/partners/{code}/client-secret")
  String rotate(@PathVariable String code, Authentication admin, HttpServletResponse response,
      RedirectAttributes next) {
    Optional<Partner> partner = administration.find(code).filter(found -> found.getClientId() != null);
    if (partner.isEmpty()) {
      return notFound(response);
    }
    next.addFlashAttribute("credentials", administration.rotateSecret(code, admin.getName()));
    next.addFlashAttribute("done", "New client secret for " + partner.get().getName());
    return "redirect:/staff/partners/" + code + "/new-secret";
  }

  /** Shows the secret the post before made, once: the flash attribute is gone on a refresh. */
  @GetMapping("/staff/partners/{code}/new-secret")
  String newSecret(@PathVariable String code, Model model) {
    return model.getAttribute("credentials") instanceof ClientCredentials ? "staff/partner-secret" : "redirect:/staff/partners";
  }

  @GetMapping("/staff/partners/{code}/webhook")
  String webhook(@PathVariable String code, Model model, HttpServletResponse response) {
    Optional<Partner> partner = administration.find(code);
    if (partner.isEmpty()) {
      return notFound(response);
    }
    model.addAttribute("partner", partner.get());
    model.addAttribute("webhook", webhooks.find(partner.get().getId()).orElse(null));
    return "staff/partner-webhook";
  }

  /** Switches a failing webhook back on; its waiting events are sent from the next poll. */
  @PostMapping("/staff/partners/{code}/webhook/switch-on")
  String switchWebhookOn(@PathVariable String code, Authentication admin, HttpServletResponse response,
      jakarta.servlet.http.HttpServletRequest request, RedirectAttributes next) {
    Optional<Partner> partner = administration.find(code);
    if (partner.isEmpty()) {
      return notFound(response);
    }
    if (webhooks.switchBackOn(partner.get().getId(), admin.getName())) {
      next.addFlashAttribute("done", "The webhook of " + partner.get().getName()
          + " is switched back on. The events waiting for it are being sent.");
    } else {
      next.addFlashAttribute("done", "The webhook of " + partner.get().getName() + " was not failing: nothing changed.");
    }
    // Post/redirect/get with 303 See Other: a refresh does not post again.
    request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
    return "redirect:/staff/partners/" + partner.get().getCode() + "/webhook";
  }

  private static String notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "staff/partner-not-found";
  }
}
