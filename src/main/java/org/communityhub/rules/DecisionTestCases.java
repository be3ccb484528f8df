package org.communityhub.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Test cases kept beside a decision (processes/eligibility.test.csv), written so a process owner
 * can read and extend them in a spreadsheet: a "case" column saying what it is, one column per
 * input variable (yes/no, whole numbers or text), and one "expect ..." column per output. A blank
 * expected cell is not checked.
 */
record DecisionTestCases(List<TestCase> cases) {

  static final String EXPECT = "expect ";

  record TestCase(int row, String name, Map<String, Object> inputs, Map<String, String> expected) {}

  static DecisionTestCases parse(String csv) throws IOException {
    try (Reader reader = new StringReader(csv);
         CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
             .setIgnoreEmptyLines(true).build().parse(reader)) {
      List<TestCase> cases = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        String name = "row " + (record.getRecordNumber() + 1);
        for (String column : parser.getHeaderNames()) {
          String cell = record.isSet(column) ? record.get(column) : "";
          if (column.equalsIgnoreCase("case")) {
            name = cell.isBlank() ? name : cell;
          } else if (column.toLowerCase(Locale.ROOT).startsWith(EXPECT)) {
            if (!cell.isBlank()) {
              expected.put(column.substring(EXPECT.length()).trim(), cell);
            }
          } else {
            inputs.put(column, value(cell));
          }
        }
        cases.add(new TestCase((int) record.getRecordNumber() + 1, name, inputs, expected));
      }
      return new DecisionTestCases(cases);
    }
  }

  /** yes/no and true/false are booleans, whole numbers are numbers, a blank cell is no value. */
  private static Object value(String cell) {
    if (cell.isBlank()) {
      return null;
    }
    switch (cell.toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> {
        return Boolean.TRUE;
      }
      case "no", "false" -> {
        return Boolean.FALSE;
      }
      default -> {
        if (cell.matches("-?\\d{1,9}")) {
          return Integer.valueOf(cell);
        }
        return cell;
      }
    }
  }
}
