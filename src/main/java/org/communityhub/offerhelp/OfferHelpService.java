package org.communityhub.offerhelp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityhub.notify.Channel;
import org.communityhub.notify.NotifyService;
import org.communityhub.notify.OutboundMessage;
import org.communityhub.platform.CouncilSettings;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.volunteers.TimeOfDay;
import org.communityhub.volunteers.VolunteerApplication;
import org.communityhub.volunteers.VolunteerService;
import org.communityhub.volunteers.VolunteerSignUp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's offer of help from the public form. It is checked as the volunteers register checks
 * it, then kept only until the person confirms their email through the link sent to it (Notify,
 * once per offer): on confirmation they are signed up (APPLIED, onboarding started), so a typo or
 * a prank never becomes a volunteer. Offers not confirmed in time are deleted.
 */
@Service
public class OfferHelpService {

  /** What came of a confirmation link. */
  public enum Confirmation { CONFIRMED, ALREADY_CONFIRMED, ALREADY_REGISTERED, EXPIRED, INVALID }

  private final JdbcTemplate jdbc;
  private final VolunteerSignUp signUp;
  private final VolunteerService volunteers;
  private final NotifyService notify;
  private final ObjectMapper json;
  private final Clock clock;
  private final OfferHelpSettings settings;
  private final String councilName;

  OfferHelpService(JdbcTemplate jdbc, VolunteerSignUp signUp, VolunteerService volunteers, NotifyService notify,
      ObjectMapper json, Clock clock, OfferHelpSettings settings, CouncilSettings council) {
    this.jdbc = jdbc;
    this.signUp = signUp;
    this.volunteers = volunteers;
    this.notify = notify;
    this.json = json;
    this.clock = clock;
    this.settings = settings;
    this.councilName = council.name();
  }

  /** Every problem with the form, in the words the person reads, each naming its field; empty when it can be sent. */
  public List<FieldError> check(PersonOffer offer) {
    List<FieldError> problems = new ArrayList<>();
    for (FieldError problem : signUp.check(application(offer))) {
      problems.add(PublicWords.forPerson(problem));
    }
    if (offer.dbs() == null || offer.dbs().isBlank()) {
      problems.removeIf(p -> p.field().equals("dbs"));
      problems.add(new FieldError("dbs", "Choose whether you hold a DBS check"));
    }
    if (timesOfDay(offer).isEmpty()) {
      problems.add(new FieldError("timesOfDay", "Choose at least one time of day you are free"));
    }
    problems.sort(java.util.Comparator.comparingInt(p -> PublicWords.PERSON_FIELDS.indexOf(p.field())));
    return problems;
  }

  /**
   * Keeps a checked offer and emails the confirmation link, in one transaction. The caller checked
   * it first ({@link #check}); an offer with problems is refused here too.
   */
  @Transactional
  public void submit(PersonOffer offer) {
    if (!check(offer).isEmpty()) {
      throw new IllegalArgumentException("Check the offer first");
    }
    Instant now = clock.instant();
    // Offers never confirmed go once their link has expired.
    jdbc.update("delete from offer_help_confirmation where expires_at < ? and confirmed_at is null",
        now.atOffset(ZoneOffset.UTC));
    String token = ConfirmationTokens.newToken();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    String kept = toJson(offer.withoutHoneypot());
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          insert into offer_help_confirmation (token_hash, application, created_at, expires_at)
          values (?, ?, ?, ?)""", new String[] {"id"});
      insert.setString(1, ConfirmationTokens.hash(token));
      insert.setString(2, kept);
      insert.setObject(3, now.atOffset(ZoneOffset.UTC));
      insert.setObject(4, now.plus(settings.confirmLinkValidFor()).atOffset(ZoneOffset.UTC));
      return insert;
    }, key);
    long id = key.getKey().longValue();
    notify.send(new OutboundMessage("offer-help-confirm-" + id, Channel.EMAIL, "offer-help-confirm-email",
        "offer-help:" + id, offer.email().strip(), Map.of("council", councilName, "link", link(token),
            "validFor", PublicWords.duration(settings.confirmLinkValidFor()))));
  }

  /** "24 hours": how long the confirmation link works, in words. */
  public String confirmLinkValidFor() {
    return PublicWords.duration(settings.confirmLinkValidFor());
  }

  /** Whether a confirmation link can still be used (shown before the person presses 'Confirm'). */
  @Transactional(readOnly = true)
  public Confirmation state(String token) {
    return row(token).map(row -> row.confirmedAt() != null ? Confirmation.ALREADY_CONFIRMED
        : row.expiresAt().isBefore(clock.instant()) ? Confirmation.EXPIRED : Confirmation.CONFIRMED)
        .orElse(Confirmation.INVALID);
  }

  /**
   * The person pressed 'Confirm' on the link's page: they are signed up as a volunteer (APPLIED,
   * onboarding started) and the form's answers are cleared here, once. A second press, a
   * second tab or a mail scanner's visit signs up nobody twice.
   */
  @Transactional
  public Confirmation confirm(String token) {
    Optional<Row> found = row(token);
    if (found.isEmpty()) {
      return Confirmation.INVALID;
    }
    Row row = found.get();
    if (row.confirmedAt() != null) {
      return Confirmation.ALREADY_CONFIRMED;
    }
    Instant now = clock.instant();
    if (row.expiresAt().isBefore(now)) {
      return Confirmation.EXPIRED;
    }
    // The conditional update is the lock: of two presses at once, one confirms.
    if (jdbc.update("update offer_help_confirmation set confirmed_at = ?, application = null where id = ?"
        + " and confirmed_at is null", now.atOffset(ZoneOffset.UTC), row.id()) == 0) {
      return Confirmation.ALREADY_CONFIRMED;
    }
    PersonOffer offer = fromJson(row.application());
    if (volunteers.findByEmail(offer.email()).isPresent()) {
      return Confirmation.ALREADY_REGISTERED;
    }
    long volunteerId = signUp.signUp(application(offer), timesOfDay(offer));
    jdbc.update("update offer_help_confirmation set volunteer_id = ? where id = ?", volunteerId, row.id());
    return Confirmation.CONFIRMED;
  }

  private record Row(long id, String application, Instant expiresAt, Instant confirmedAt) {}

  private Optional<Row> row(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.query("select id, application, expires_at, confirmed_at from offer_help_confirmation where token_hash = ?",
        (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()),
        ConfirmationTokens.hash(token)).stream().findFirst();
  }

  private String link(String token) {
    String base = settings.baseUrl().toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/offer-help/confirm/" + token;
  }

  static VolunteerApplication application(PersonOffer offer) {
    String dbs = offer.dbs() == null || offer.dbs().isBlank() ? "NONE" : offer.dbs();
    // a date typed before choosing "No" is not a DBS check
    String issued = "NONE".equalsIgnoreCase(dbs) ? null : offer.dbsIssuedOn();
    return new VolunteerApplication(offer.firstName(), offer.lastName(), offer.email(), offer.phone(),
        offer.homeDistrict(), offer.travelDistrictsOrNone(), offer.skillsOrNone(), offer.availableDaysOrNone(), dbs,
        issued);
  }

  static Set<TimeOfDay> timesOfDay(PersonOffer offer) {
    Set<TimeOfDay> times = EnumSet.noneOf(TimeOfDay.class);
    for (String value : offer.timesOfDayOrNone()) {
      for (TimeOfDay time : TimeOfDay.values()) {
        if (time.name().equals(value == null ? "" : value.trim().toUpperCase(Locale.UK))) {
          times.add(time);
        }
      }
    }
    return times;
  }

  private String toJson(PersonOffer offer) {
    try {
      return json.writeValueAsString(offer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An offer of help could not be kept", e);
    }
  }

  private PersonOffer fromJson(String text) {
    try {
      return json.readValue(text, PersonOffer.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A kept offer of help could not be read", e);
    }
  }

}
