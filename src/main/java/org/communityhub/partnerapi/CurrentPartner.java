package org.communityhub.partnerapi;

import org.communityhub.partners.Partner;
import org.communityhub.partners.PartnerService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** The partner behind an access token: the token's subject is the partner's OAuth2 client id. */
@Component
class CurrentPartner {

  private final PartnerService partners;

  CurrentPartner(PartnerService partners) {
    this.partners = partners;
  }

  Partner of(Jwt token) {
    return partners.findByClientId(token.getSubject())
        .orElseThrow(() -> new AccessDeniedException("This client is not an active partner of the hub."));
  }
}
