package org.communityhub.notify;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityhub.platform.metrics.CountsSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Notify outbox for operations: hub_outbox_messages by status. A send that fails rolls its
 * step back and is retried by Camunda, so failures show as failed jobs and incidents
 * (hub_jobs_failed, hub_incidents), not as outbox rows.
 */
@Component
class OutboxMetrics implements MeterBinder {

  private static final List<String> STATUSES = List.of("PENDING", "SENT", "RECORDED");

  private final CountsSnapshot byStatus;

  OutboxMetrics(JdbcTemplate jdbc, Clock clock) {
    this.byStatus = new CountsSnapshot(() -> {
      Map<String, Long> counts = new HashMap<>();
      jdbc.query("select status, count(*) from notification_outbox group by status",
          rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
      return counts;
    }, clock);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String status : STATUSES) {
      Gauge.builder("hub.outbox.messages", byStatus, counts -> counts.count(status))
          .description("Messages in the Notify outbox, by status").tag("status", status.toLowerCase())
          .register(registry);
    }
  }
}
