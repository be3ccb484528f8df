package org.communityhub.partnerapi;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The RSA key that signs partner access tokens, the same on every node: either given by the
 * operator (hub.partner-api.token-signing-jwk, a private JWK in JSON) or made by the first node to
 * start and kept in the database (table token_signing_key), where every other node reads it.
 */
final class TokenSigningKey {

  private static final Logger log = LoggerFactory.getLogger(TokenSigningKey.class);
  private static final String ROW = "partner-api";

  private TokenSigningKey() {}

  static RSAKey load(String configuredJwk, JdbcTemplate jdbc) {
    if (configuredJwk != null && !configuredJwk.isBlank()) {
      return parse(configuredJwk, "hub.partner-api.token-signing-jwk");
    }
    RSAKey stored = stored(jdbc);
    if (stored != null) {
      return stored;
    }
    RSAKey made = generate();
    try {
      jdbc.update("insert into token_signing_key (id, key_id, jwk, created_at) values (?, ?, ?, ?)",
          ROW, made.getKeyID(), made.toJSONString(), OffsetDateTime.now());
      log.info("Made the partner token signing key {} (stored for every node)", made.getKeyID());
      return made;
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      return stored(jdbc);
    }
  }

  private static RSAKey stored(JdbcTemplate jdbc) {
    List<String> rows = jdbc.queryForList("select jwk from token_signing_key where id = ?", String.class, ROW);
    return rows.isEmpty() ? null : parse(rows.get(0), "token_signing_key");
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException("Cannot make an RSA key", e);
    }
  }

  private static RSAKey parse(String json, String source) {
    try {
      JWK jwk = JWK.parse(json);
      if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
        throw new IllegalStateException(source + " must be a private RSA JWK");
      }
      return rsa;
    } catch (ParseException e) {
      throw new IllegalStateException(source + " is not a JWK: " + e.getMessage());
    }
  }
}
