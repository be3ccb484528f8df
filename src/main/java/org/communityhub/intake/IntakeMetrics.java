package org.communityhub.intake;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.communityhub.platform.metrics.CountsSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Requests for operations (Prometheus): hub_requests_received_total by channel, and
 * hub_requests_open by what they wait for. Counted from help_request, so they survive restarts
 * and agree between nodes.
 */
@Component
class IntakeMetrics implements MeterBinder {

  static final EnumSet<RequestStatus> OPEN = EnumSet.of(RequestStatus.RECEIVED, RequestStatus.IN_REVIEW,
      RequestStatus.AWAITING_VOLUNTEER, RequestStatus.AWAITING_REFERRAL);

  private final CountsSnapshot byChannel;
  private final CountsSnapshot byStatus;

  IntakeMetrics(JdbcTemplate jdbc, Clock clock) {
    this.byChannel = new CountsSnapshot(() -> counts(jdbc, "channel"), clock);
    this.byStatus = new CountsSnapshot(() -> counts(jdbc, "status"), clock);
  }

  private static Map<String, Long> counts(JdbcTemplate jdbc, String column) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query("select " + column + ", count(*) from help_request group by " + column,
        rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
    return counts;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Channel channel : Channel.values()) {
      FunctionCounter.builder("hub.requests.received", byChannel, counts -> counts.count(channel.name()))
          .description("Requests for help received, by channel").tag("channel", channel.name().toLowerCase())
          .register(registry);
    }
    for (RequestStatus status : OPEN) {
      Gauge.builder("hub.requests.open", byStatus, counts -> counts.count(status.name()))
          .description("Open requests, by what they wait for").tag("status", status.name().toLowerCase())
          .register(registry);
    }
  }
}
