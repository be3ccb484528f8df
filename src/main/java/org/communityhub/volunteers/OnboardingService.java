package org.communityhub.volunteers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of volunteer-onboarding that change the register: identity checked, activated or refused. */
@Service
public class OnboardingService {

  private final JdbcTemplate jdbc;

  OnboardingService(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** 'Verify identity' done: a verified identity is recorded; a refused one changes nothing yet. */
  @Transactional
  public void recordIdentityCheck(long volunteerId, boolean verified) {
    if (verified) {
      jdbc.update("update volunteer set identity_verified = true where id = ?", volunteerId);
    }
  }

  /** Onboarding ended without activation (identity or DBS). */
  @Transactional
  public void refuse(long volunteerId) {
    jdbc.update("update volunteer set status = 'REFUSED' where id = ? and status = 'APPLIED'", volunteerId);
  }

  /** APPLIED → ACTIVE; false when the applicant withdrew (LEFT) meanwhile. */
  @Transactional
  public boolean activate(long volunteerId) {
    return jdbc.update("update volunteer set status = 'ACTIVE' where id = ? and status = 'APPLIED'"
        + " and identity_verified = true", volunteerId) == 1;
  }

}
