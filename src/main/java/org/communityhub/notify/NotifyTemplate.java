package org.communityhub.notify;

import java.util.List;

/**
 * Every GOV.UK Notify template the hub sends with: its name under hub.notify.templates, the
 * environment variable that gives its id, and the personalisation fields the council's template
 * must use. A sending hub refuses to start without all of them.
 */
public enum NotifyTemplate {
  OFFER_SMS("offer-sms", Channel.SMS, "a volunteer is asked to help", "area", "need", "window", "link"),
  OFFER_EMAIL("offer-email", Channel.EMAIL, "a volunteer is asked to help (no mobile number)",
      "area", "need", "window", "link"),
  REFERRAL_ESCALATION_EMAIL("referral-escalation-email", Channel.EMAIL,
      "a partner has not acknowledged a referral in time (to its escalation contact)",
      "partner", "referral", "request", "priority", "breach"),
  VOLUNTEER_WELCOME_EMAIL("volunteer-welcome-email", Channel.EMAIL, "a volunteer's onboarding is complete",
      "council", "reference"),
  VOLUNTEER_NOT_ACCEPTED_EMAIL("volunteer-not-accepted-email", Channel.EMAIL,
      "a volunteer's identity or DBS check was not accepted", "council", "reference"),
  DBS_REMINDER_EMAIL("dbs-reminder-email", Channel.EMAIL, "a volunteer's DBS check expires in 60, 30 or 7 days",
      "council", "expiresOn", "daysLeft"),
  DBS_EXPIRED_EMAIL("dbs-expired-email", Channel.EMAIL, "a volunteer's DBS check expires today",
      "council", "expiresOn", "daysLeft"),
  ASK_FOR_HELP_CONFIRMATION_EMAIL("ask-for-help-confirmation-email", Channel.EMAIL,
      "someone asked for help online and gave an email address", "council", "reference"),
  ASK_FOR_HELP_CONFIRMATION_SMS("ask-for-help-confirmation-sms", Channel.SMS,
      "someone asked for help online and gave a mobile number but no email address", "council", "reference"),
  OFFER_HELP_CONFIRM_EMAIL("offer-help-confirm-email", Channel.EMAIL,
      "a person offered to volunteer on the public form: the link that confirms their email", "council", "link",
      "validFor"),
  VOLUNTEER_SIGN_IN_EMAIL("volunteer-sign-in-email", Channel.EMAIL,
      "a volunteer asked to sign in to their own page: the single-use link", "council", "link", "validFor");

  private final String key;
  private final Channel channel;
  private final String sentWhen;
  private final List<String> fields;

  NotifyTemplate(String key, Channel channel, String sentWhen, String... fields) {
    this.key = key;
    this.channel = channel;
    this.sentWhen = sentWhen;
    this.fields = List.of(fields);
  }

  /** The name under hub.notify.templates, e.g. offer-sms. */
  public String key() {
    return key;
  }

  public String environmentVariable() {
    return "HUB_NOTIFY_TEMPLATE_" + name();
  }

  public Channel channel() {
    return channel;
  }

  public String sentWhen() {
    return sentWhen;
  }

  /** Personalisation fields, written ((field)) in the Notify template. */
  public List<String> fields() {
    return fields;
  }
}
