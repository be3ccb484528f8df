package org.communityhub.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The partner token signing key is one key for every node on the database, or the operator's. */
@HubIntegrationTest
class TokenSigningKeyTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired JWKSource<SecurityContext> runningHubsKeys;

  @Test
  void aNodeStartingOnADatabaseWithAKeyUsesIt() throws Exception {
    String running = runningHubsKeys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).get(0).getKeyID();
    assertThat(TokenSigningKey.load("", jdbc).getKeyID()).isEqualTo(running);
  }

  @Test
  void nodesStartingAtOnceOnAFreshDatabaseAllUseTheOneKeyStored() throws Exception {
    var original = jdbc.queryForMap("select * from token_signing_key");
    jdbc.update("delete from token_signing_key");
    ExecutorService nodes = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<RSAKey>> keys = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        keys.add(nodes.submit(() -> {
          start.await();
          return TokenSigningKey.load("", jdbc);
        }));
      }
      start.countDown();
      String stored = null;
      for (Future<RSAKey> key : keys) {
        stored = stored == null ? key.get().getKeyID() : stored;
        assertThat(key.get().getKeyID()).isEqualTo(stored);
        assertThat(key.get().isPrivate()).isTrue();
      }
      assertThat(jdbc.queryForList("select key_id from token_signing_key", String.class)).containsExactly(stored);
    } finally {
      nodes.shutdownNow();
      // Back to the running hub's key, for the tests after this one.
      jdbc.update("delete from token_signing_key");
      jdbc.update("insert into token_signing_key (id, key_id, jwk, created_at) values (?, ?, ?, ?)",
          original.get("id"), original.get("key_id"), original.get("jwk"), original.get("created_at"));
    }
  }

  @Test
  void aKeyGivenByTheOperatorWinsAndAPublicKeyIsRefused() throws Exception {
    RSAKey own = new RSAKeyGenerator(2048).keyID("operator-key").generate();
    assertThat(TokenSigningKey.load(own.toJSONString(), jdbc).getKeyID()).isEqualTo("operator-key");
    assertThatThrownBy(() -> TokenSigningKey.load(own.toPublicJWK().toJSONString(), jdbc))
        .hasMessageContaining("private RSA JWK");
  }
}
