package org.communityhub.referrals;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Map;
import org.communityhub.platform.metrics.CountsSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Referrals for operations: hub_referrals_past_sla, referrals sent and not acknowledged after
 * their first SLA breach (the breach timer escalated them).
 */
@Component
class ReferralMetrics implements MeterBinder {

  private final CountsSnapshot pastSla;

  ReferralMetrics(JdbcTemplate jdbc, Clock clock) {
    this.pastSla = new CountsSnapshot(() -> Map.of("pastSla", jdbc.queryForObject(
        "select count(*) from referral where status = 'SENT' and escalations > 0", Long.class)), clock);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("hub.referrals.past_sla", pastSla, counts -> counts.count("pastSla"))
        .description("Referrals not acknowledged within their partner's SLA").register(registry);
  }
}
