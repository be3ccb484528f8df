package org.communityhub.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.communityhub.desk.DeskLayout;
import org.communityhub.platform.ReportPeriods;
import org.communityhub.reports.ReportTable.Cell;
import org.communityhub.reports.ReportTable.Row;
import org.communityhub.security.StaffGroups;
import org.communityhub.security.StaffWebSecurityConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The report pages with the real security rules and templates, and the figures stood in for: who may
 * open them, the range form's errors in words, each table's CSV the same as the table on the page,
 * JSON, and a refused range answered with problem details.
 */
@WebMvcTest(controllers = ReportsController.class)
@Import({StaffWebSecurityConfig.class, DeskLayout.class, ReportPagesTest.FixedClock.class})
class ReportPagesTest {

  /** 2 December 2026: last month is November 2026. */
  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean IdentityService identityService;
  @MockitoBean Reports reports;

  static final ReportTable DISTRICTS = new ReportTable("by-district", "Requests by district",
      List.of("District", "October 2026", "November 2026", "Total"),
      List.of(new Row("Haydock and Rainford (WA11)", List.of(new Cell("0", 0.0), new Cell("fewer than 5", null),
              new Cell("fewer than 5", null))),
          new Row("St Helens, \"town\" centre (WA10)", List.of(new Cell("1,200", 1200.0), new Cell("6", 6.0),
              new Cell("1,206", 1206.0)))), 2, "requests");
  static final ReportTable BROKEN = new ReportTable("broken-promises", "Requests that broke their priority's promise",
      List.of("Request", "Priority"), List.of(new Row("HR-2026-000042", List.of(new Cell("P2 (within 48 hours)", null)),
          "/staff/requests/HR-2026-000042")), -1, "");

  @BeforeEach
  void figures() {
    Report report = new Report("demand", "Demand: requests for help", "October 2026 to November 2026", "month", false,
        5, List.of(new Report.Section("demand", "Demand", "Requests received.", List.of("November 2026: 6 requests."),
            List.of(DISTRICTS, BROKEN))));
    when(reports.report(any(), any())).thenReturn(report);
    when(reports.panel(any())).thenReturn(new Report("panel", "Panel report: November 2026",
        "August 2026 to November 2026", "month", true, 5, report.sections()));
  }

  @Test
  void dutyManagersProcessOwnersAndAdminsOpenReportsAndNobodyElse() throws Exception {
    List<String> groups = new ArrayList<>();
    for (StaffGroups group : StaffGroups.values()) {
      groups.add(group.id());
    }
    groups.add(StaffGroups.ADMINS);
    for (String group : groups) {
      boolean may = group.equals(StaffGroups.DUTY_MANAGERS.id()) || group.equals(StaffGroups.PROCESS_OWNERS.id())
          || group.equals(StaffGroups.ADMINS);
      for (String page : List.of("/staff/reports", "/staff/reports/demand", "/staff/reports/panel",
          "/staff/reports/demand/by-district.csv", "/staff/reports/demand.json", "/staff/reports/panel.json",
          "/staff/reports/panel/by-district.csv")) {
        assertThat(mvc.perform(get(page).with(member(group))).andReturn().getResponse().getStatus())
            .as(group + " " + page).isEqualTo(may ? 200 : 403);
      }
    }
  }

  @Test
  void aCallHandlerIsRefusedBeforeAnythingIsCounted() throws Exception {
    mvc.perform(get("/staff/reports/panel").with(member(StaffGroups.CALL_HANDLERS.id())))
        .andExpect(status().isForbidden());
    verifyNoInteractions(reports);
  }

  @Test
  void theIndexOffersLastMonthsPanelReportAndEveryReport() throws Exception {
    String page = page("/staff/reports");
    assertThat(page).contains("Panel report for November 2026", "/staff/reports/panel?month=11&amp;year=2026",
        "Demand: requests for help", "Response: how fast help came", "Partners: referrals",
        "Volunteers and organisations");
  }

  @Test
  void aReportAsksForTheLastTwelveMonthsUnlessARangeIsGiven() throws Exception {
    page("/staff/reports/demand");
    verify(reports).report(Reports.Kind.DEMAND, ReportPeriods.covering(ReportPeriods.By.MONTH,
        LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30)));
    page("/staff/reports/demand?fromMonth=6&fromYear=2026&toMonth=7&toYear=2026&by=week");
    verify(reports).report(eq(Reports.Kind.DEMAND), eq(ReportPeriods.covering(ReportPeriods.By.WEEK,
        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31))));
  }

  @Test
  void eachTablesCsvIsWhatThePageShows() throws Exception {
    String page = page("/staff/reports/demand");
    assertThat(page).contains("<svg", "Bar chart: Requests by district, Total. The table below gives every figure.",
        "/staff/reports/demand/by-district.csv?fromMonth=12&amp;fromYear=2025&amp;toMonth=11&amp;toYear=2026&amp;by=month",
        "href=\"/staff/requests/HR-2026-000042\"");
    String csv = mvc.perform(get("/staff/reports/demand/by-district.csv").with(member(StaffGroups.DUTY_MANAGERS.id())))
        .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
        .andReturn().getResponse().getContentAsString();
    List<List<String>> fromCsv = new ArrayList<>();
    for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
      fromCsv.add(record.toList());
    }
    assertThat(fromCsv).isEqualTo(tableOnPage(page, "by-district"));
    assertThat(fromCsv.get(1)).containsExactly("Haydock and Rainford (WA11)", "0", "fewer than 5", "fewer than 5");
  }

  @Test
  void theWholeReportComesAsJson() throws Exception {
    String json = mvc.perform(get("/staff/reports/panel.json?month=11&year=2026")
            .with(member(StaffGroups.DUTY_MANAGERS.id())))
        .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/json"))
        .andReturn().getResponse().getContentAsString();
    assertThat(json).contains("\"title\":\"Panel report: November 2026\"", "\"text\":\"fewer than 5\"",
        "\"withheld\":true");
    verify(reports).panel(YearMonth.of(2026, 11));
  }

  @Test
  void aRangeThatCannotBeReadIsSaidInWordsBesideTheFieldAndNothingIsCounted() throws Exception {
    String page = mvc.perform(get("/staff/reports/response?fromMonth=13&fromYear=26&toMonth=1&toYear=2026&by=month")
            .with(member(StaffGroups.DUTY_MANAGERS.id())))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<title>Error: Response", "There is a problem",
        "Enter the month the report starts from as a number from 1 to 12",
        "Enter the year the report starts from as 4 digits, for example 2026", "govuk-form-group--error",
        "href=\"#fromMonth\"", "id=\"from-error\"");
    String tooLong = page("/staff/reports/demand?fromMonth=1&fromYear=2026&toMonth=11&toYear=2026&by=day");
    assertThat(tooLong).contains("Count by week or month for a range longer than 3 months");
    String backwards = page("/staff/reports/demand?fromMonth=11&fromYear=2026&toMonth=1&toYear=2026&by=month");
    assertThat(backwards).contains("The month the report ends with must be the same as or after the month it starts from");
    verifyNoInteractions(reports);
  }

  @Test
  void aDownloadWithARangeThatCannotBeReadIsAProblemInWords() throws Exception {
    String problem = mvc.perform(get("/staff/reports/demand.json?fromMonth=x").with(member(StaffGroups.ADMINS)))
        .andExpect(status().isBadRequest()).andExpect(content().contentType("application/problem+json"))
        .andReturn().getResponse().getContentAsString();
    assertThat(problem).contains("Enter the month the report starts from as a number from 1 to 12");
    mvc.perform(get("/staff/reports/panel/by-district.csv?month=0&year=2026").with(member(StaffGroups.ADMINS)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/staff/reports/demand/no-such-table.csv").with(member(StaffGroups.ADMINS)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/reports/no-such-report").with(member(StaffGroups.ADMINS)))
        .andExpect(status().isNotFound());
  }

  @Test
  void thePanelReportSaysSmallCountsAreWithheldAndHowToPrintIt() throws Exception {
    String page = page("/staff/reports/panel?month=11&year=2026");
    assertThat(page).contains("Panel report: November 2026", "August 2026 to November 2026",
        "For publication: counts from 1 to 4 read &quot;fewer than 5&quot;", "Print (Ctrl and P",
        "/reports/reports.css", "/staff/reports/panel/by-district.csv?month=11&amp;year=2026");
    String wrong = page("/staff/reports/panel?month=13&year=2026");
    assertThat(wrong).contains("There is a problem", "Enter the month as a number from 1 to 12", "govuk-form-group--error");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(member(StaffGroups.DUTY_MANAGERS.id())))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** The rows of the table with this id as the page shows them: header cells, then each row's cells. */
  private static List<List<String>> tableOnPage(String page, String id) {
    int start = page.indexOf("<table class=\"govuk-table report-figures\" id=\"" + id + "\"");
    String table = page.substring(start, page.indexOf("</table>", start));
    List<List<String>> rows = new ArrayList<>();
    Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
      while (cell.find()) {
        cells.add(HtmlUtils.htmlUnescape(cell.group(1).replaceAll("<[^>]+>", "").strip()));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static RequestPostProcessor member(String group) {
    return user("manager").authorities(new SimpleGrantedAuthority("GROUP_" + group));
  }
}
