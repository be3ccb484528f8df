package org.communityhub.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.communityhub.platform.ReportPeriods;
import org.communityhub.reports.ReportRange.RangeError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reports on the staff desk (/staff/reports, for duty managers, process owners and admins:
 * StaffWebSecurityConfig): each report's page with its charts and tables, every table as CSV and
 * the whole report as JSON, and the printable panel report for a month.
 */
@Controller
class ReportsController {

  private final Reports reports;
  private final Clock clock;

  ReportsController(Reports reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @GetMapping("/staff/reports")
  String index(Model model) {
    YearMonth lastMonth = thisMonth().minusMonths(1);
    model.addAttribute("kinds", Reports.Kind.values());
    model.addAttribute("lastMonth", lastMonth);
    model.addAttribute("lastMonthName", ReportPeriods.covering(ReportPeriods.By.MONTH, lastMonth.atDay(1),
        lastMonth.atDay(1)).periods().get(0).label());
    return "reports/index";
  }

  @GetMapping("/staff/reports/{kind}")
  String report(@PathVariable String kind, ReportRange asked, Model model) {
    Reports.Kind report = kind(kind);
    ReportRange range = asked.orDefaults(ReportRange.lastTwelveMonths(thisMonth()));
    List<RangeError> errors = range.errors();
    model.addAttribute("kind", report);
    model.addAttribute("range", range);
    model.addAttribute("errors", errors);
    if (errors.isEmpty()) {
      model.addAttribute("report", reports.report(report, range.periods()));
      model.addAttribute("query", range.parameters());
    }
    return "reports/report";
  }

  @GetMapping(value = "/staff/reports/{kind}.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> reportJson(@PathVariable String kind, ReportRange asked) {
    Reports.Kind report = kind(kind);
    ReportRange range = asked.orDefaults(ReportRange.lastTwelveMonths(thisMonth()));
    List<RangeError> errors = range.errors();
    if (!errors.isEmpty()) {
      return problem(errors);
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + kind + "-" + range.fileSuffix() + ".json\"")
        .body(reports.report(report, range.periods()));
  }

  @GetMapping("/staff/reports/{kind}/{table}.csv")
  ResponseEntity<Object> reportCsv(@PathVariable String kind, @PathVariable String table, ReportRange asked) {
    Reports.Kind report = kind(kind);
    ReportRange range = asked.orDefaults(ReportRange.lastTwelveMonths(thisMonth()));
    List<RangeError> errors = range.errors();
    if (!errors.isEmpty()) {
      return problem(errors);
    }
    return csv(reports.report(report, range.periods()), table, kind + "-" + table + "-" + range.fileSuffix());
  }

  @GetMapping("/staff/reports/panel")
  String panel(@RequestParam(required = false) String month, @RequestParam(required = false) String year,
      Model model) {
    PanelMonth asked = PanelMonth.of(month, year, thisMonth().minusMonths(1));
    model.addAttribute("month", asked);
    if (asked.error() == null) {
      model.addAttribute("report", reports.panel(asked.yearMonth()));
    }
    return "reports/panel";
  }

  @GetMapping(value = "/staff/reports/panel.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> panelJson(@RequestParam(required = false) String month,
      @RequestParam(required = false) String year) {
    PanelMonth asked = PanelMonth.of(month, year, thisMonth().minusMonths(1));
    if (asked.error() != null) {
      return problem(List.of(asked.error()));
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"panel-" + asked.yearMonth() + ".json\"")
        .body(reports.panel(asked.yearMonth()));
  }

  @GetMapping("/staff/reports/panel/{table}.csv")
  ResponseEntity<Object> panelCsv(@PathVariable String table, @RequestParam(required = false) String month,
      @RequestParam(required = false) String year) {
    PanelMonth asked = PanelMonth.of(month, year, thisMonth().minusMonths(1));
    if (asked.error() != null) {
      return problem(List.of(asked.error()));
    }
    return csv(reports.panel(asked.yearMonth()), table, "panel-" + asked.yearMonth() + "-" + table);
  }

  private static ResponseEntity<Object> csv(Report report, String table, String fileName) {
    ReportTable found = report.table(table);
    if (found == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".csv\"")
        .body(Csv.of(found));
  }

  private static ResponseEntity<Object> problem(List<RangeError> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("The report's range cannot be read");
    problem.setDetail(errors.stream().map(RangeError::message).reduce((a, b) -> a + ". " + b).orElse("") + ".");
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static Reports.Kind kind(String path) {
    Reports.Kind kind = Reports.Kind.of(path);
    if (kind == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return kind;
  }

  private YearMonth thisMonth() {
    return YearMonth.now(clock.withZone(ReportPeriods.UK));
  }
}
