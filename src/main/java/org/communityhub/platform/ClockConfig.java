package org.communityhub.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

  /** One clock for the hub's own timestamps, so tests can fix time. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
