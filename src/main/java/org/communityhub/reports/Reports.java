package org.communityhub.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.communityhub.area.AreaService;
import org.communityhub.dispatch.DeploymentFigures;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.DemandFigures;
import org.communityhub.intake.Need;
import org.communityhub.intake.ResponseFigures;
import org.communityhub.organisations.OrganisationFigures;
import org.communityhub.platform.ReportPeriods;
import org.communityhub.referrals.PartnerFigures;
import org.communityhub.reports.Report.Section;
import org.communityhub.reports.ReportTable.Cell;
import org.communityhub.reports.ReportTable.Row;
import org.communityhub.volunteers.PoolFigures;
import org.springframework.stereotype.Service;

/**
 * The reports (issue 14), composed from the figures each table's owner counts: intake (demand,
 * response), referrals (partners), volunteers, dispatch and organisations (the pool). Counts only,
 * never who; the response report lists the references of requests that broke their promise.
 */
@Service
public class Reports {

  /** The reports a duty manager can open, by their address. */
  public enum Kind {
    DEMAND("demand", "Demand: requests for help"),
    RESPONSE("response", "Response: how fast help came"),
    PARTNERS("partners", "Partners: referrals"),
    VOLUNTEERS("volunteers", "Volunteers and organisations");

    private final String path;
    private final String title;

    Kind(String path, String title) {
      this.path = path;
      this.title = title;
    }

    public String path() {
      return path;
    }

    public String title() {
      return title;
    }

    static Kind of(String path) {
      return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst().orElse(null);
    }
  }

  /** The panel report compares its month with this many months before it. */
  static final int PANEL_MONTHS_BEFORE = 3;

  private final DemandFigures demand;
  private final ResponseFigures response;
  private final PartnerFigures partners;
  private final PoolFigures pool;
  private final DeploymentFigures deployments;
  private final OrganisationFigures organisations;
  private final AreaService area;
  private final ReportSettings settings;
  private final Clock clock;

  Reports(DemandFigures demand, ResponseFigures response, PartnerFigures partners, PoolFigures pool,
      DeploymentFigures deployments, OrganisationFigures organisations, AreaService area, ReportSettings settings,
      Clock clock) {
    this.demand = demand;
    this.response = response;
    this.partners = partners;
    this.pool = pool;
    this.deployments = deployments;
    this.organisations = organisations;
    this.area = area;
    this.settings = settings;
    this.clock = clock;
  }

  /** One report for staff: every count exact. */
  public Report report(Kind kind, ReportPeriods periods) {
    Figures figures = new Figures(false, settings.fewerThan());
    Section section = switch (kind) {
      case DEMAND -> demandSection(periods, figures);
      case RESPONSE -> responseSection(periods, figures, true);
      case PARTNERS -> partnersSection(periods, figures);
      case VOLUNTEERS -> volunteersSection(periods, figures);
    };
    return new Report(kind.path(), kind.title(), range(periods), periods.by().words(), false, settings.fewerThan(),
        List.of(section));
  }

  /**
   * The panel's monthly report, for publication: the month against the months before it, every
   * report's headline tables, small counts withheld, no references.
   */
  public Report panel(YearMonth month) {
    ReportPeriods periods = ReportPeriods.covering(ReportPeriods.By.MONTH,
        month.minusMonths(PANEL_MONTHS_BEFORE).atDay(1), month.atEndOfMonth());
    Figures figures = new Figures(settings.fewerThan() > 1, settings.fewerThan());
    return new Report("panel", "Panel report: " + periods.periods().get(periods.size() - 1).label(), range(periods),
        "month", figures.isWithheld(1), settings.fewerThan(),
        List.of(demandSection(periods, figures), responseSection(periods, figures, false),
            partnersSection(periods, figures), volunteersSection(periods, figures)));
  }

  private static String range(ReportPeriods periods) {
    String first = periods.periods().get(0).label();
    String last = periods.periods().get(periods.size() - 1).label();
    return periods.size() == 1 ? first : first + " to " + last;
  }

  // --- Demand

  private Section demandSection(ReportPeriods periods, Figures figures) {
    DemandFigures.Demand counted = demand.between(periods);
    long[] fresh = counted.byResident().getOrDefault("NEW", new long[periods.size()]);
    long[] returning = counted.byResident().getOrDefault("RETURNING", new long[periods.size()]);
    List<Row> perPeriod = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      perPeriod.add(new Row(periods.periods().get(i).label(),
          List.of(figures.count(counted.total()[i]), figures.count(fresh[i]), figures.count(returning[i]))));
    }
    List<ReportTable> tables = new ArrayList<>();
    tables.add(new ReportTable("requests", "Requests received each " + periods.by().words(),
        List.of(capitalised(periods.by().words()), "Requests", "From new residents", "From returning residents"),
        perPeriod, 0, "requests"));
    tables.add(byPeriod("by-need", "Requests by need (a request can have more than one need)", periods,
        counted.byNeed(), figures, key -> Need.valueOf(key).words(), "Need"));
    tables.add(byPeriod("by-district", "Requests by district", periods, counted.byDistrict(), figures,
        key -> key.isEmpty() ? "Not known yet" : area.label(key), "District"));
    tables.add(byPeriod("by-channel", "Requests by how they reached the hub", periods, counted.byChannel(), figures,
        Reports::channel, "Channel"));
    tables.add(byPeriod("by-priority", "Requests by priority", periods, counted.byPriority(), figures,
        key -> key.isEmpty() ? "Not decided yet" : priority(Priority.valueOf(key)), "Priority"));
    tables.add(byPeriod("by-outcome", "Requests by what the hub did", periods, counted.byOutcome(), figures,
        Reports::outcome, "Outcome"));
    return new Section("demand", "Demand: requests for help",
        "Requests received in each " + periods.by().words() + " (UK time), whatever became of them. A resident who had"
            + " asked the hub before is a returning resident.",
        demandHeadlines(periods, counted.total(), figures), tables);
  }

  /** "November 2026: 120 requests. The 3 months before it together: 118." */
  private static List<String> demandHeadlines(ReportPeriods periods, long[] total, Figures figures) {
    int last = periods.size() - 1;
    List<String> headlines = new ArrayList<>();
    headlines.add(periods.periods().get(last).label() + ": " + requests(figures, total[last]) + ".");
    if (last > 0) {
      long before = 0;
      for (int i = 0; i < last; i++) {
        before += total[i];
      }
      headlines.add("The " + last + " " + periods.by().words() + (last == 1 ? "" : "s") + " before it together: "
          + requests(figures, before) + ".");
    }
    return headlines;
  }

  private static String requests(Figures figures, long n) {
    return figures.count(n).text() + (n == 1 && !figures.isWithheld(n) ? " request" : " requests");
  }

  private static ReportTable byPeriod(String id, String caption, ReportPeriods periods, Map<String, long[]> counts,
      Figures figures, Function<String, String> label, String firstColumn) {
    List<String> columns = new ArrayList<>();
    columns.add(firstColumn);
    periods.periods().forEach(period -> columns.add(period.label()));
    columns.add("Total");
    List<Row> rows = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    counts.keySet().forEach(key -> labels.put(key, label.apply(key)));
    counts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(labels::get)))
        .forEach(entry -> {
          List<Cell> cells = new ArrayList<>();
          long total = 0;
          for (long n : entry.getValue()) {
            cells.add(figures.count(n));
            total += n;
          }
          cells.add(figures.count(total));
          rows.add(new Row(labels.get(entry.getKey()), cells));
        });
    return new ReportTable(id, caption, columns, rows, periods.size(), "requests");
  }

  // --- Response

  private Section responseSection(ReportPeriods periods, Figures figures, boolean listBroken) {
    Instant now = clock.instant();
    ResponseFigures.Response counted = response.between(periods, now);
    List<ReportTable> tables = new ArrayList<>();
    record StepOf(String id, String words, Function<ResponseFigures.PriorityResponse, ResponseFigures.Step> step) {}
    for (StepOf step : List.of(
        new StepOf("to-first-offer", "to the first offer to a volunteer", ResponseFigures.PriorityResponse::firstOffer),
        new StepOf("to-assignment", "to a volunteer or organisation taking it on", ResponseFigures.PriorityResponse::assigned),
        new StepOf("to-help", "to the help given", ResponseFigures.PriorityResponse::helped),
        new StepOf("to-closure", "to the request closing", ResponseFigures.PriorityResponse::closed))) {
      List<Row> rows = new ArrayList<>();
      for (ResponseFigures.PriorityResponse row : counted.byPriority()) {
        ResponseFigures.Step reached = step.step().apply(row);
        rows.add(new Row(priority(row.priority()), List.of(figures.count(row.received()),
            figures.count(reached.reached()), Figures.hours(reached.median()), Figures.hours(reached.ninetieth()))));
      }
      tables.add(new ReportTable(step.id(), "Time from received " + step.words() + ", by priority",
          List.of("Priority", "Requests received", "Reached this step", "Median (hours)", "90th percentile (hours)"),
          rows, 2, "hours"));
    }
    List<Row> kept = new ArrayList<>();
    for (ResponseFigures.PriorityResponse row : counted.byPriority()) {
      kept.add(new Row(priority(row.priority()), List.of(figures.count(row.due()), figures.count(row.kept()),
          figures.share(row.kept(), row.due()))));
    }
    tables.add(new ReportTable("within-promise", "Requests for a volunteer helped within the priority's promise",
        List.of("Priority", "Due by now", "Helped in time", "Share in time"), kept, 2, "%"));
    List<String> columns = new ArrayList<>();
    columns.add(capitalised(periods.by().words()));
    Arrays.stream(Priority.values()).forEach(p -> columns.add(p.name() + " share in time"));
    List<Row> perPeriod = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      for (Priority priority : Priority.values()) {
        long[] cell = counted.keptByPeriod().get(priority)[i];
        cells.add(figures.share(cell[1], cell[0]));
      }
      perPeriod.add(new Row(periods.periods().get(i).label(), cells));
    }
    tables.add(new ReportTable("within-promise-by-period", "Share helped within the promise, each "
        + periods.by().words(), columns, perPeriod, -1, ""));
    List<String> headlines = new ArrayList<>();
    headlines.add(figures.count(counted.brokenTotal()).text() + " requests for a volunteer were not helped by when"
        + " their priority promised.");
    if (listBroken) {
      List<Row> broken = new ArrayList<>();
      for (ResponseFigures.BrokenPromise request : counted.broken()) {
        broken.add(new Row(request.reference(), List.of(new Cell(priority(request.priority()), null),
            new Cell(DeskTimes.when(request.received()), null), new Cell(DeskTimes.when(request.dueBy()), null),
            new Cell(request.helped() == null ? "Not yet" : DeskTimes.when(request.helped()), null)),
            "/staff/requests/" + request.reference()));
      }
      tables.add(new ReportTable("broken-promises", "Requests that broke their priority's promise"
          + (counted.brokenTotal() > broken.size() ? " (the first " + broken.size() + " of "
          + counted.brokenTotal() + ")" : ""),
          List.of("Request", "Priority", "Received", "Due by", "Helped"), broken, -1, ""));
    }
    return new Section("response", "Response: how fast help came",
        "For requests received in the range, by priority: hours from when the request was received to each step,"
            + " as the median (half took less) and the 90th percentile (nine in ten took less). The promise: "
            + Arrays.stream(Priority.values()).map(p -> p.name() + " " + p.promise())
                .reduce((a, b) -> a + ", " + b).orElse("") + ". " + ResponseFigures.PRECISION,
        headlines, tables);
  }

  // --- Partners

  private Section partnersSection(ReportPeriods periods, Figures figures) {
    List<PartnerFigures.PartnerPeriod> counted = partners.between(periods);
    Map<String, long[]> totals = new java.util.TreeMap<>();
    Map<String, long[]> sent = new java.util.TreeMap<>();
    Map<String, long[][]> inSla = new java.util.TreeMap<>();
    for (PartnerFigures.PartnerPeriod row : counted) {
      long[] total = totals.computeIfAbsent(row.partner(), k -> new long[8]);
      long[] values = {row.sent(), row.acknowledged(), row.acknowledgedWithinSla(), row.breaches(), row.chases(),
          row.declined(), row.accepted(), row.closed()};
      for (int i = 0; i < values.length; i++) {
        total[i] += values[i];
      }
      sent.computeIfAbsent(row.partner(), k -> new long[periods.size()])[row.period()] += row.sent();
      long[] cell = inSla.computeIfAbsent(row.partner(), k -> new long[periods.size()][2])[row.period()];
      cell[0] += row.sent();
      cell[1] += row.acknowledgedWithinSla();
    }
    List<Row> rows = new ArrayList<>();
    totals.forEach((partner, t) -> rows.add(new Row(partner, List.of(figures.count(t[0]), figures.count(t[2]),
        figures.share(t[2], t[0]), figures.count(t[3]), figures.count(t[4]), figures.count(t[5]), figures.count(t[6]),
        figures.count(t[7])))));
    List<ReportTable> tables = new ArrayList<>();
    tables.add(new ReportTable("per-partner", "Referrals sent in the range, per partner",
        List.of("Partner", "Sent", "Acknowledged within SLA", "Share within SLA", "Breaches", "Chases", "Declined",
            "Accepted", "Closed"), rows, 0, "referrals"));
    tables.add(byPeriod("sent-per-period", "Referrals sent each " + periods.by().words() + ", per partner", periods,
        sent, figures, Function.identity(), "Partner"));
    List<String> columns = new ArrayList<>();
    columns.add("Partner");
    periods.periods().forEach(period -> columns.add(period.label()));
    List<Row> slaRows = new ArrayList<>();
    inSla.forEach((partner, cells) -> slaRows.add(new Row(partner,
        Arrays.stream(cells).map(cell -> figures.share(cell[1], cell[0])).toList())));
    tables.add(new ReportTable("within-sla-per-period", "Share acknowledged within SLA each " + periods.by().words()
        + ", per partner", columns, slaRows, -1, ""));
    return new Section("partners", "Partners: referrals",
        "Referrals by when they were sent. Within SLA: acknowledged before the time the partner's data-sharing"
            + " agreement gives for the priority. A breach is a referral not acknowledged in time; a chase is each"
            + " email to the partner's escalation contact.",
        List.of(), tables);
  }

  // --- Volunteers and organisations

  private Section volunteersSection(ReportPeriods periods, Figures figures) {
    PoolFigures.Pool now = pool.now(clock.instant(), Duration.ofDays(settings.idleDays()),
        settings.dbsExpiringWithinDays());
    DeploymentFigures.Deployments deployed = deployments.between(periods);
    long[] registered = pool.registeredPer(periods);
    List<Row> poolRows = List.of(
        new Row("Registered (not left)", List.of(figures.count(now.registered()))),
        new Row("Active", List.of(figures.count(now.active()))),
        new Row("Paused", List.of(figures.count(now.paused()))),
        new Row("Signed up, not yet checked", List.of(figures.count(now.applied()))),
        new Row("Active, never deployed", List.of(figures.count(now.activeNeverDeployed()))),
        new Row("Active, not deployed for more than " + settings.idleDays() + " days",
            List.of(figures.count(now.activeIdle()))),
        new Row("Deployed in the range", List.of(figures.count(deployed.deployedInRange()))),
        new Row("DBS check expired", List.of(figures.count(now.dbsExpired()))),
        new Row("DBS check expiring within " + settings.dbsExpiringWithinDays() + " days",
            List.of(figures.count(now.dbsExpiring()))));
    List<Row> perPeriod = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      perPeriod.add(new Row(periods.periods().get(i).label(), List.of(figures.count(registered[i]),
          figures.count(deployed.volunteersDeployed()[i]), figures.count(deployed.offersDeclined()[i]),
          figures.count(deployed.offersTimedOut()[i]))));
    }
    List<Row> organisationRows = new ArrayList<>();
    for (OrganisationFigures.OrganisationUse use : organisations.between(periods)) {
      organisationRows.add(new Row(use.name(), List.of(figures.count(use.capacity()), figures.count(use.inUse()),
          figures.share(use.inUse(), use.capacity()), figures.count(use.takenOn()))));
    }
    return new Section("volunteers", "Volunteers and organisations",
        "The pool of volunteers today, and what happened each " + periods.by().words() + ": sign-ups, volunteers"
            + " deployed (given at least one request), and offers declined or left unanswered until they timed out.",
        List.of(), List.of(
            new ReportTable("pool", "Volunteers today", List.of("Volunteers", "Number"), poolRows, 0, "volunteers"),
            new ReportTable("per-period", "Volunteers each " + periods.by().words(),
                List.of(capitalised(periods.by().words()), "Signed up", "Deployed", "Offers declined",
                    "Offers timed out"), perPeriod, 1, "volunteers"),
            new ReportTable("organisations", "Organisations' places",
                List.of("Organisation", "Places", "In use now", "Share in use", "Requests taken on in the range"),
                organisationRows, 2, "%")));
  }

  // --- Words

  static String priority(Priority priority) {
    return priority.name() + " (" + priority.promise() + ")";
  }

  private static String channel(String channel) {
    return switch (channel) {
      case "PHONE" -> "Phone";
      case "PARTNER" -> "Partner";
      case "ONLINE" -> "Online";
      default -> capitalised(channel.toLowerCase(java.util.Locale.UK));
    };
  }

  private static String outcome(String outcome) {
    return switch (DemandFigures.Outcome.valueOf(outcome)) {
      case VOLUNTEER -> "Volunteer";
      case REFERRAL -> "Referred to a partner";
      case SIGNPOSTED -> "Signposted";
      case OUT_OF_AREA -> "Out of area";
      case ATTACHED -> "Added to an open request";
      case NOT_DECIDED -> "Not decided yet";
    };
  }

  private static String capitalised(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
