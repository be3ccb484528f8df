package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only a table's owner names it in SQL: JdbcTemplate strings, {@code @Query} (JPQL entity names
 * count as their table) and native queries. The owners are the table in docs/architecture.md, so
 * the note and the code cannot drift apart.
 */
class TableOwnershipTest {

  private static final Path SOURCES = Path.of("src/main/java/org/communityhub");
  private static final Pattern OWNER_ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| ([a-z]+) \\|$");
  /** Text blocks first, then ordinary string literals. */
  private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
      Pattern.DOTALL);
  /** The word after a keyword that names a table. */
  private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
      "\\b(?:from|join|update|into|table)\\s+([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREATED_TABLE = Pattern.compile("create table ([a-z0-9_]+)", Pattern.CASE_INSENSITIVE);

  @Test
  void noFeatureNamesAnotherFeaturesTableInSql() throws IOException {
    Map<String, String> owners = owners();
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String feature = SOURCES.relativize(file).getName(0).toString();
        for (String table : tablesNamedIn(Files.readString(file), owners.keySet())) {
          if (!owners.get(table).equals(feature)) {
            violations.add(SOURCES.relativize(file) + " names " + table + ", which " + owners.get(table) + " owns");
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
    Set<String> created = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path file : files.toList()) {
        Matcher m = CREATED_TABLE.matcher(Files.readString(file));
        while (m.find()) {
          created.add(m.group(1).toLowerCase());
        }
      }
    }
    assertThat(owners().keySet()).containsAll(created);
  }

  @Test
  void theScanSeesTablesInJdbcStringsTextBlocksAndJpql() {
    Set<String> tables = Set.of("volunteer", "help_request", "resident");
    String source = """
        class X {
          void a() { jdbc.update("update volunteer set engaged = true where id = ?", id); }
          @Query(\"""
              select r from HelpRequest r\""")
          void b() { jdbc.query("select name from " + "resident where id = ?"); }
          String message = "is not a district of the council area";
        }""";
    assertThat(tablesNamedIn(source, tables)).containsExactlyInAnyOrder("volunteer", "help_request", "resident");
  }

  /** Tables of the map named in the file's string literals (joined, so "from " + "resident" counts). */
  static Set<String> tablesNamedIn(String source, Set<String> tables) {
    StringBuilder literals = new StringBuilder();
    Matcher literal = STRING_LITERAL.matcher(withoutComments(source));
    while (literal.find()) {
      literals.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append(' ');
    }
    Set<String> named = new TreeSet<>();
    Matcher word = TABLE_AFTER_KEYWORD.matcher(literals);
    while (word.find()) {
      String table = snakeCase(word.group(1));
      if (tables.contains(table)) {
        named.add(table);
      }
    }
    return named;
  }

  /** HelpRequest (a JPQL entity) → help_request; help_request stays. */
  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  private static Map<String, String> owners() throws IOException {
    Map<String, String> owners = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
      Matcher row = OWNER_ROW.matcher(line.strip());
      if (row.matches()) {
        owners.put(row.group(1), row.group(2));
      }
    }
    assertThat(owners).as("the ownership table in docs/architecture.md").isNotEmpty();
    return owners;
  }
}
