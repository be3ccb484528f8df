package org.communityhub.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.reports.ReportFixture.at;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.communityhub.eligibility.Priority;
import org.communityhub.platform.ReportPeriods;
import org.communityhub.reports.ReportTable.Cell;
import org.communityhub.reports.ReportTable.Row;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reports on seeded requests with known answers (June and July 2026, which no other test uses):
 * UK-time month boundaries in summer time, a request that broke its promise, the "fewer than 5"
 * rule of the panel report, partners' SLA figures, and CSV word for word as the table.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {

  @Autowired Reports reports;
  @Autowired JdbcTemplate jdbc;

  /** 00:30 on 1 July in London (BST): a July request. */
  static final Instant JUST_INTO_JULY = at("2026-06-30T23:30:00Z");
  /** 23:30 on 30 June in London: a June request. */
  static final Instant JUST_BEFORE_JULY = at("2026-06-30T22:30:00Z");

  String keptP1;
  String brokenP2;

  @BeforeAll
  void seed() {
    ReportFixture fixture = new ReportFixture(jdbc);
    // July: 6 requests in WA10 (one kept its P1 promise), 3 in WA11; one July resident had asked before.
    keptP1 = fixture.request(fixture.resident(), false, JUST_INTO_JULY, "WA10", "PHONE", Priority.P1, "CLOSED",
        "VOLUNTEER", "FOOD", JUST_INTO_JULY.plus(Duration.ofHours(1)), JUST_INTO_JULY.plus(Duration.ofHours(2)),
        JUST_INTO_JULY.plus(Duration.ofHours(11)), JUST_INTO_JULY.plus(Duration.ofHours(13)));
    long returningResident = fixture.resident();
    // June: one P2 request helped after 72 hours, past its 48-hour promise
    brokenP2 = fixture.request(returningResident, false, JUST_BEFORE_JULY, "WA10", "PARTNER", Priority.P2, "CLOSED",
        "VOLUNTEER", "PRESCRIPTIONS", JUST_BEFORE_JULY.plus(Duration.ofHours(5)),
        JUST_BEFORE_JULY.plus(Duration.ofHours(60)), JUST_BEFORE_JULY.plus(Duration.ofHours(72)),
        JUST_BEFORE_JULY.plus(Duration.ofHours(73)));
    fixture.request(returningResident, true, at("2026-07-10T09:00:00Z"), "WA10", "PHONE", Priority.P3,
        "AWAITING_REFERRAL", "REFER", "HOUSING", null, null, null, null);
    for (int i = 0; i < 4; i++) {
      fixture.request(fixture.resident(), false, at("2026-07-1" + i + "T12:00:00Z"), "WA10", "ONLINE", null,
          "SIGNPOSTED", "SIGNPOST", "BEFRIENDING", null, null, null, at("2026-07-1" + i + "T12:05:00Z"));
    }
    for (int i = 0; i < 3; i++) {
      fixture.request(fixture.resident(), false, at("2026-07-2" + i + "T12:00:00Z"), "WA11", "PHONE", null,
          "OUT_OF_AREA", null, "FOOD", null, null, null, at("2026-07-2" + i + "T12:01:00Z"));
    }
    // Referrals sent in July to the housing association: one acknowledged in time, one after two chases, one declined
    fixture.referral(keptP1, "housing", at("2026-07-02T09:00:00Z"), at("2026-07-02T10:00:00Z"), 0, "ACKNOWLEDGED");
    fixture.referral(keptP1, "housing", at("2026-07-03T09:00:00Z"), at("2026-07-04T10:00:00Z"), 2, "ACKNOWLEDGED");
    fixture.referral(keptP1, "housing", at("2026-07-05T09:00:00Z"), at("2026-07-05T09:30:00Z"), 0, "DECLINED");
  }

  private static ReportPeriods juneAndJuly() {
    return ReportPeriods.covering(ReportPeriods.By.MONTH, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31));
  }

  @Test
  void demandCountsEachRequestInItsUkMonthByDistrictChannelNeedAndReturningResident() {
    Report report = reports.report(Reports.Kind.DEMAND, juneAndJuly());

    assertThat(rows(report.table("requests"))).containsExactly(
        List.of("June 2026", "1", "1", "0"),
        // 23:30 UTC on 30 June is 00:30 on 1 July in London: July's
        List.of("July 2026", "9", "8", "1"));
    assertThat(rows(report.table("by-district"))).containsExactly(
        List.of("Haydock and Rainford (WA11)", "0", "3", "3"),
        List.of("St Helens town centre (WA10)", "1", "6", "7"));
    assertThat(rows(report.table("by-channel"))).contains(
        List.of("Online", "0", "4", "4"), List.of("Partner", "1", "0", "1"), List.of("Phone", "0", "5", "5"));
    assertThat(rows(report.table("by-outcome"))).contains(
        List.of("Out of area", "0", "3", "3"), List.of("Referred to a partner", "0", "1", "1"),
        List.of("Signposted", "0", "4", "4"), List.of("Volunteer", "1", "1", "2"));
    assertThat(rows(report.table("by-need"))).contains(List.of("Food and shopping", "0", "4", "4"));
    assertThat(report.sections().get(0).headlines())
        .containsExactly("July 2026: 9 requests.", "The 1 month before it together: 1 request.");
  }

  @Test
  void responseGivesHoursByPriorityAndListsTheRequestThatBrokeItsPromise() {
    Report report = reports.report(Reports.Kind.RESPONSE, juneAndJuly());

    assertThat(rows(report.table("to-first-offer"))).contains(
        List.of("P1 (same day)", "1", "1", "1.0", "1.0"), List.of("P2 (within 48 hours)", "1", "1", "5.0", "5.0"));
    assertThat(rows(report.table("to-help"))).contains(List.of("P2 (within 48 hours)", "1", "1", "72.0", "72.0"));
    assertThat(rows(report.table("within-promise"))).containsExactly(
        List.of("P1 (same day)", "1", "1", "100%"), List.of("P2 (within 48 hours)", "1", "0", "0%"),
        List.of("P3 (within 7 days)", "0", "0", "none due"));
    List<Row> broken = report.table("broken-promises").rows();
    assertThat(broken).extracting(Row::label).containsExactly(brokenP2);
    assertThat(broken.get(0).link()).isEqualTo("/staff/requests/" + brokenP2);
  }

  @Test
  void partnersShowAcknowledgedWithinSlaBreachesChasesAndDeclines() {
    Report report = reports.report(Reports.Kind.PARTNERS, juneAndJuly());

    assertThat(rows(report.table("per-partner"))).containsExactly(
        List.of("Demo Homes Housing Association", "3", "2", "67%", "1", "2", "1", "0", "0"));
    assertThat(rows(report.table("sent-per-period")))
        .containsExactly(List.of("Demo Homes Housing Association", "0", "3", "3"));
  }

  @Test
  void thePanelReportWithholdsCountsBelowFiveAndListsNoReferences() {
    Report panel = reports.panel(YearMonth.of(2026, 7));

    assertThat(panel.withheld()).isTrue();
    // April to July: the month against the 3 before it
    assertThat(rows(panel.table("by-district"))).containsExactly(
        List.of("Haydock and Rainford (WA11)", "0", "0", "0", "fewer than 5", "fewer than 5"),
        List.of("St Helens town centre (WA10)", "0", "0", "fewer than 5", "6", "7"));
    assertThat(rows(panel.table("requests")).get(3)).containsExactly("July 2026", "9", "8", "fewer than 5");
    assertThat(panel.table("broken-promises")).isNull();
    assertThat(panel.sections()).extracting(Report.Section::id)
        .containsExactly("demand", "response", "partners", "volunteers");
  }

  @Test
  void eachTablesCsvSaysWordForWordWhatTheTableSays() throws IOException {
    Report panel = reports.panel(YearMonth.of(2026, 7));
    for (Report.Section section : panel.sections()) {
      for (ReportTable table : section.tables()) {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(Csv.of(table))).getRecords();
        assertThat(records.get(0).toList()).as(table.id()).isEqualTo(table.columns());
        List<List<String>> csvRows = records.subList(1, records.size()).stream().map(CSVRecord::toList).toList();
        assertThat(csvRows).as(table.id()).isEqualTo(rows(table));
      }
    }
  }

  /** Each row as its label and cells' words. */
  static List<List<String>> rows(ReportTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      row.cells().stream().map(Cell::text).forEach(cells::add);
      rows.add(cells);
    }
    return rows;
  }
}
