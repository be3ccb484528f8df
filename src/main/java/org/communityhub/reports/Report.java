package org.communityhub.reports;

import java.util.List;

/**
 * A report as the page, its CSV downloads and its JSON give it.
 *
 * @param kind its address under /staff/reports ("demand", "response", "partners", "volunteers", "panel")
 * @param range the months it covers in words ("December 2025 to November 2026")
 * @param withheld whether small counts are shown as "fewer than N" (reports for publication)
 */
public record Report(String kind, String title, String range, String by, boolean withheld, int fewerThan,
    List<Section> sections) {

  /** A heading, a sentence or two about what it counts, its tables, and sentences of its headline figures. */
  public record Section(String id, String heading, String about, List<String> headlines, List<ReportTable> tables) {}

  public ReportTable table(String id) {
    return sections.stream().flatMap(section -> section.tables().stream()).filter(t -> t.id().equals(id))
        .findFirst().orElse(null);
  }
}
