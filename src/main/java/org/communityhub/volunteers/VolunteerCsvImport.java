package org.communityhub.volunteers;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Bulk import of volunteers from a CSV sign-up list (header row first, columns in any order):
 * first_name, last_name, email, phone, home_district, travel_districts, skills, available_days,
 * dbs_level, dbs_issued_on. Lists inside a cell are separated by ';' (or ',' in a quoted cell).
 *
 * <p>Every row is checked on its own: a valid row is registered as APPLIED and starts onboarding
 * (in its own transaction, so one bad row never loses the others), a row with errors is not
 * imported and is reported with its row number (the spreadsheet's: the header is row 1) and
 * fields, a row whose email is already registered (any letter case) is skipped — re-importing the
 * same file creates nobody twice.
 */
@Service
public class VolunteerCsvImport {

  static final List<String> REQUIRED_COLUMNS = List.of("first_name", "last_name", "email", "home_district", "skills",
      "available_days");
  static final List<String> OPTIONAL_COLUMNS = List.of("phone", "travel_districts", "dbs_level", "dbs_issued_on");
  static final int MAX_ROWS = 5000;
  private static final Map<String, String> COLUMN_OF_FIELD = Map.of("firstName", "first_name", "lastName", "last_name",
      "email", "email", "phone", "phone", "homeDistrict", "home_district", "travelDistricts", "travel_districts",
      "skills", "skills", "availableDays", "available_days", "dbsLevel", "dbs_level", "dbsIssuedOn", "dbs_issued_on");

  private final VolunteerApplicationValidator validator;
  private final VolunteerService volunteers;

  VolunteerCsvImport(VolunteerApplicationValidator validator, VolunteerService volunteers) {
    this.validator = validator;
    this.volunteers = volunteers;
  }

  public enum RowStatus { IMPORTED, ALREADY_REGISTERED, REJECTED }

  public record RowError(String column, String message) {}

  public record RowReport(long row, RowStatus status, String reference, List<RowError> errors) {}

  public record Report(int imported, int alreadyRegistered, int rejected, List<RowReport> rows) {}

  /** A file the hub cannot read as a sign-up list at all: nothing is imported. */
  public static class UnreadableFileException extends RuntimeException {
    public UnreadableFileException(String message) {
      super(message);
    }
  }

  public Report importCsv(Reader csv) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setTrim(true).setIgnoreHeaderCase(true).build();
    List<CSVRecord> records;
    Map<String, Integer> header;
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      header = parser.getHeaderMap();
      List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !hasColumn(header, c)).toList();
      if (missing.isEmpty() == false) {
        throw new UnreadableFileException("the header row lacks the column(s) " + missing + "; expected "
            + String.join(",", REQUIRED_COLUMNS) + " and optionally " + String.join(",", OPTIONAL_COLUMNS));
      }
      records = new ArrayList<>();
      for (CSVRecord record : parser) {
        records.add(record);
        if (records.size() > MAX_ROWS) {
          throw new UnreadableFileException("more than " + MAX_ROWS + " rows: split the file");
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      if (e instanceof UnreadableFileException unreadable) {
        throw unreadable;
      }
      throw new UnreadableFileException("not a readable CSV file: " + e.getMessage());
    }

    List<RowReport> rows = new ArrayList<>();
    Map<String, Long> emailsInFile = new HashMap<>();
    int imported = 0;
    int already = 0;
    int rejected = 0;
    for (CSVRecord record : records) {
      long row = record.getRecordNumber() + 1; // record 1 is the first after the header: row 2 of the sheet
      VolunteerApplication application = new VolunteerApplication(cell(record, "first_name"), cell(record, "last_name"),
          cell(record, "email"), cell(record, "phone"), cell(record, "home_district"),
          list(cell(record, "travel_districts")), list(cell(record, "skills")), list(cell(record, "available_days")),
          cell(record, "dbs_level"), cell(record, "dbs_issued_on"));
      List<RowError> errors = new ArrayList<>();
      if (!record.isConsistent()) {
        errors.add(new RowError("(row)", "has " + record.size() + " cells; the header has " + header.size()));
      }
      VolunteerApplicationValidator.Result result = validator.validate(application);
      result.problems().forEach(p -> errors.add(new RowError(COLUMN_OF_FIELD.getOrDefault(p.field(), p.field()),
          p.message())));
      String email = application.email() == null ? null : application.email().trim().toLowerCase(Locale.ROOT);
      if (email != null && !email.isEmpty()) {
        Long earlier = emailsInFile.putIfAbsent(email, row);
        if (earlier != null) {
          errors.add(new RowError("email", "the same email is on row " + earlier + " of this file"));
        }
      }
      if (!errors.isEmpty()) {
        rows.add(new RowReport(row, RowStatus.REJECTED, null, errors));
        rejected++;
        continue;
      }
      var existing = volunteers.findByEmail(email);
      if (existing.isPresent()) {
        rows.add(new RowReport(row, RowStatus.ALREADY_REGISTERED, OnboardingVariables.reference(existing.get()), List.of()));
        already++;
        continue;
      }
      try {
        long id = volunteers.apply(result.volunteer());
        rows.add(new RowReport(row, RowStatus.IMPORTED, OnboardingVariables.reference(id), List.of()));
        imported++;
      } catch (VolunteerValidationException e) {
        // registered by someone else between the check and the insert
        long id = volunteers.findByEmail(email).orElseThrow(() -> e);
        rows.add(new RowReport(row, RowStatus.ALREADY_REGISTERED, OnboardingVariables.reference(id), List.of()));
        already++;
      }
    }
    return new Report(imported, already, rejected, rows);
  }

  private static boolean hasColumn(Map<String, Integer> header, String column) {
    return header.keySet().stream().anyMatch(h -> h.trim().equalsIgnoreCase(column));
  }

  private static String cell(CSVRecord record, String column) {
    for (String name : record.getParser().getHeaderNames()) {
      if (name.trim().equalsIgnoreCase(column)) {
        return record.isSet(name) ? record.get(name) : null;
      }
    }
    return null;
  }

  private static List<String> list(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    Set<String> values = new LinkedHashSet<>(Arrays.asList(cell.trim().split("\\s*[;,|]\\s*")));
    values.remove("");
    return List.copyOf(values);
  }
}
