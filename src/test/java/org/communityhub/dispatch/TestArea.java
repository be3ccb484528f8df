package org.communityhub.dispatch;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small area of its own for one test, so tests never compete for the demo volunteers:
 * {@code home} borders {@code neighbour}; {@code far} is in the council area but borders neither.
 */
record TestArea(String home, String neighbour, String far) {

  /** Postcode areas no real postcode uses; districts ZZ10 … ZZ99, then ZY10 …, so postcodes stay valid. */
  private static final String AREAS = "ZYXWVUTSRQ";
  private static final AtomicInteger NEXT = new AtomicInteger();

  static TestArea create(JdbcTemplate jdbc) {
    while (true) {
      int n = NEXT.getAndIncrement();
      String prefix = "Z" + AREAS.charAt((n / 30) % AREAS.length());
      int first = 10 + (n % 30) * 3;
      TestArea area = new TestArea(prefix + first, prefix + (first + 1), prefix + (first + 2));
      if (jdbc.queryForObject("select count(*) from area_district where code = ?", Long.class, area.home()) > 0) {
        continue;
      }
      for (String code : new String[] {area.home, area.neighbour, area.far}) {
        jdbc.update("insert into area_district (code, name) values (?, ?)", code, "Test district " + code);
      }
      jdbc.update("insert into area_district_neighbour (district_code, neighbour_code) values (?, ?), (?, ?)",
          area.home, area.neighbour, area.neighbour, area.home);
      return area;
    }
  }

  /** A postcode in the home district. */
  String postcode() {
    return home + " 1AA";
  }
}
