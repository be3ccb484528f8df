package org.communityhub.volunteers;

import static org.communityhub.volunteers.OnboardingVariables.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.communityhub.notify.Channel;
import org.communityhub.notify.NotifyService;
import org.communityhub.notify.OutboundMessage;
import org.communityhub.platform.CouncilSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Emails to volunteers (GOV.UK Notify, through the outbox): welcome, not accepted, DBS reminders; each once. */
@Service
public class VolunteerMessages {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Period dbsValidFor;
  private final NotifyService notify;
  private final VolunteerService volunteers;
  private final String councilName;

  VolunteerMessages(JdbcTemplate jdbc, Clock clock, VolunteerSettings settings, NotifyService notify,
      VolunteerService volunteers, CouncilSettings council) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.dbsValidFor = settings.dbsValidFor();
    this.notify = notify;
    this.volunteers = volunteers;
    this.councilName = council.name();
  }

  /**
   * Sends a DBS reminder (or, at 0 days, the expiry notice) by email, once: the outbox key names
   * the volunteer, the certificate's issue date and the reminder, so a retried step, a restart or
   * a re-planned reminder never sends it twice.
   */
  @Transactional
  public void sendDbsReminder(long volunteerId, int daysBefore) {
    VolunteerContact volunteer = volunteers.contact(volunteerId).orElseThrow(() -> new VolunteerNotFoundException(volunteerId));
    LocalDate issued = jdbc.queryForObject("select dbs_issued_on from volunteer where id = ?", LocalDate.class,
        volunteerId);
    LocalDate expiry = issued.plus(dbsValidFor);
    Map<String, String> personalisation = new LinkedHashMap<>();
    personalisation.put("council", councilName);
    personalisation.put("expiresOn", expiry.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    // the real days left: a late-recorded certificate gets its reminder with fewer days than planned
    personalisation.put("daysLeft", String.valueOf(Math.max(0, ChronoUnit.DAYS.between(LocalDate.now(clock), expiry))));
    notify.send(new OutboundMessage("dbs-" + (daysBefore > 0 ? "reminder" : "expired") + "-" + volunteerId + "-"
        + issued + (daysBefore > 0 ? "-" + daysBefore : ""), Channel.EMAIL,
        daysBefore > 0 ? "dbs-reminder-email" : "dbs-expired-email", "volunteer:" + volunteerId, volunteer.email(),
        personalisation));
  }

  /** Welcome to an activated volunteer, sent once. */
  @Transactional
  public void sendWelcome(long volunteerId) {
    sendOnce(volunteerId, "volunteer-welcome-" + volunteerId, "volunteer-welcome-email");
  }

  /** Tells an applicant onboarding did not succeed, sent once. */
  @Transactional
  public void sendNotAccepted(long volunteerId) {
    sendOnce(volunteerId, "volunteer-not-accepted-" + volunteerId, "volunteer-not-accepted-email");
  }

  private void sendOnce(long volunteerId, String key, String template) {
    VolunteerContact volunteer = volunteers.contact(volunteerId).orElseThrow(() -> new VolunteerNotFoundException(volunteerId));
    notify.send(new OutboundMessage(key, Channel.EMAIL, template, "volunteer:" + volunteerId, volunteer.email(),
        Map.of("council", councilName, "reference", reference(volunteerId))));
  }

}
