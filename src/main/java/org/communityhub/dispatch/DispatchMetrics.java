package org.communityhub.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Map;
import org.communityhub.platform.metrics.CountsSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Dispatch for operations: hub_offers_waiting (offers a volunteer has not answered yet). */
@Component
class DispatchMetrics implements MeterBinder {

  private final CountsSnapshot offers;

  DispatchMetrics(JdbcTemplate jdbc, Clock clock) {
    this.offers = new CountsSnapshot(() -> Map.of("waiting", jdbc.queryForObject(
        "select count(*) from volunteer_offer where status = 'OPEN'", Long.class)), clock);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("hub.offers.waiting", offers, counts -> counts.count("waiting"))
        .description("Offers sent to volunteers and not yet answered").register(registry);
  }
}
