package org.communityhub.referrals;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityhub.partners.Partner;
import org.communityhub.partners.PartnerService;
import org.communityhub.platform.ReportPeriods;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports (issue 14): referrals sent to each partner per period (by when they were sent) and what
 * became of them. Acknowledged within the SLA means acknowledged before the escalation timer, which
 * fires at the SLA of the partner's agreement, found the referral unanswered (no escalation recorded).
 */
@Service
public class PartnerFigures {

  /** One partner's referrals sent in one period. */
  public record PartnerPeriod(String partner, int period, long sent, long acknowledged, long acknowledgedWithinSla,
      long breaches, long chases, long declined, long accepted, long closed) {}

  private final JdbcTemplate jdbc;
  private final PartnerService partners;

  PartnerFigures(JdbcTemplate jdbc, PartnerService partners) {
    this.jdbc = jdbc;
    this.partners = partners;
  }

  /** Per partner (by name) and period, only where a referral was sent. */
  @Transactional(readOnly = true)
  public List<PartnerPeriod> between(ReportPeriods periods) {
    Map<Long, String> names = new HashMap<>();
    for (Partner partner : partners.all()) {
      names.put(partner.getId(), partner.getName());
    }
    List<Object> parameters = new ArrayList<>(periods.periodParameters());
    parameters.add(periods.start().atOffset(ZoneOffset.UTC));
    parameters.add(periods.end().atOffset(ZoneOffset.UTC));
    return jdbc.query("select partner_id, period, count(*), count(acknowledged_at),"
        + " sum(case when acknowledged_at is not null and escalations = 0 then 1 else 0 end),"
        + " sum(case when escalations > 0 then 1 else 0 end), sum(escalations),"
        + " sum(case when status = 'DECLINED' then 1 else 0 end), count(accepted_at), count(closed_at)"
        + " from (select " + periods.periodOf("sent_at") + " as period, partner_id, acknowledged_at, escalations,"
        + " status, accepted_at, closed_at from referral where sent_at >= ? and sent_at < ?) r"
        + " group by partner_id, period order by partner_id, period",
        (rs, i) -> new PartnerPeriod(names.getOrDefault(rs.getLong(1), "Partner " + rs.getLong(1)), rs.getInt(2),
            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
            rs.getLong(10)), parameters.toArray());
  }
}
