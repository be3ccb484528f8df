package org.communityhub.partnerapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * hub.partner-api.*; the default is in application.yaml, nowhere else.
 *
 * @param tokenSigningJwk a private RSA JWK (JSON) that signs partner tokens on every node; empty:
 *     the first node makes one and keeps it in the database for the others
 */
@ConfigurationProperties("hub.partner-api")
public record PartnerApiSettings(String tokenSigningJwk) {}
