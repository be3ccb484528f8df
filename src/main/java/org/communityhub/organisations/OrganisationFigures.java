package org.communityhub.organisations;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.communityhub.platform.ReportPeriods;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports (issue 14): each organisation's places, how many are in use now, and requests it took on in a range. */
@Service
public class OrganisationFigures {

  public record OrganisationUse(String name, int capacity, int inUse, long takenOn) {}

  private final JdbcTemplate jdbc;

  OrganisationFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<OrganisationUse> between(ReportPeriods periods) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(periods.start().atOffset(ZoneOffset.UTC));
    parameters.add(periods.end().atOffset(ZoneOffset.UTC));
    return jdbc.query("""
        select o.name, o.capacity, o.capacity - o.capacity_left,
               (select count(*) from organisation_assignment a
                where a.organisation_id = o.id and a.assigned_at >= ? and a.assigned_at < ?)
        from organisation o order by o.name""",
        (rs, i) -> new OrganisationUse(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4)),
        parameters.toArray());
  }
}
