package org.communityhub.partnerapi;

import java.time.Clock;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.communityhub.platform.api.ApiEndpoints;
import org.communityhub.platform.api.ApiProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Partners sign in as OAuth2 clients (client credentials) at the hub's own token endpoint
 * (/oauth2/token, Spring Authorization Server) and call /api/v1 with the JWT they get. Tokens are
 * kept in the database so that /oauth2/revoke and /oauth2/introspect tell the truth on every node;
 * wrong client secrets are throttled ({@link FailedClientAuthentications}).
 */
@Configuration
public class PartnerAuthConfig {

  public static final String SCOPE_REQUESTS_WRITE = "requests:write";
  public static final String SCOPE_REQUESTS_READ = "requests:read";
  public static final String SCOPE_REFERRALS_READ = "referrals:read";
  public static final String SCOPE_REFERRALS_WRITE = "referrals:write";
  public static final String SCOPE_WEBHOOKS_MANAGE = "webhooks:manage";

  @Bean
  @ConditionalOnWebApplication
  @Order(1)
  SecurityFilterChain authorizationServerChain(HttpSecurity http, PartnerApiSettings settings, Clock clock)
      throws Exception {
    OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(authorizationServer.getEndpointsMatcher())
        // Before the authorization server's client authentication, which it registers after this filter class.
        .addFilterBefore(new FailedClientAuthentications(settings.failedSignIns(), clock),
            AbstractPreAuthenticatedProcessingFilter.class)
        .with(authorizationServer, Customizer.withDefaults())
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @ConditionalOnWebApplication
  @Order(2)
  SecurityFilterChain partnerApiChain(HttpSecurity http,
      @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> endpoints) throws Exception {
    http.securityMatcher("/api/v1/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.POST, "/api/v1/help-requests").hasAuthority("SCOPE_" + SCOPE_REQUESTS_WRITE)
            .requestMatchers(HttpMethod.GET, "/api/v1/help-requests/**").hasAuthority("SCOPE_" + SCOPE_REQUESTS_READ)
            .requestMatchers(HttpMethod.GET, "/api/v1/referrals/**", "/api/v1/referrals")
            .hasAuthority("SCOPE_" + SCOPE_REFERRALS_READ)
            .requestMatchers(HttpMethod.POST, "/api/v1/referrals/**").hasAuthority("SCOPE_" + SCOPE_REFERRALS_WRITE)
            .requestMatchers("/api/v1/webhook", "/api/v1/webhook/**").hasAuthority("SCOPE_" + SCOPE_WEBHOOKS_MANAGE)
            // A method or address no endpoint takes is answered by Spring MVC (405 with Allow, or 404)
            // for any partner; an endpoint no rule above names stays refused.
            .anyRequest().access((authentication, context) -> new AuthorizationDecision(
                isSignedIn(authentication.get()) && ApiEndpoints.noEndpointTakes(endpoints.getObject(),
                    context.getRequest()))))
        // Checking a token reads the database: an outage there is a 503 to retry, as in the controllers.
        .addFilterBefore(new DatabaseOutageAnswer(), BearerTokenAuthenticationFilter.class)
        .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
            .authenticationEntryPoint(PARTNER_UNAUTHORIZED)
            .accessDeniedHandler(PARTNER_FORBIDDEN))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(PARTNER_UNAUTHORIZED)
            .accessDeniedHandler(PARTNER_FORBIDDEN))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Bearer tokens, no cookies: CSRF does not apply.
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  /** 401 and 403 as problem details, keeping the bearer-token challenge in WWW-Authenticate. */
  private static final AuthenticationEntryPoint PARTNER_UNAUTHORIZED = ApiProblemResponses.unauthorized(
      new BearerTokenAuthenticationEntryPoint(), "Send a valid access token from the hub's token endpoint"
          + " (/oauth2/token, client credentials) in the header Authorization: Bearer <token>.");
  private static final AccessDeniedHandler PARTNER_FORBIDDEN = ApiProblemResponses.forbidden(
      new BearerTokenAccessDeniedHandler(), "Your token does not allow this call. Ask the token endpoint for"
          + " the scope the API document gives for it; the hub must have made your client a partner.");

  private static boolean isSignedIn(Authentication authentication) {
    return authentication != null && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken);
  }

  @Bean
  RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc) {
    return new JdbcRegisteredClientRepository(jdbc);
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // Client secrets are stored hashed ({bcrypt}...).
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The issuer is configured, never taken from the request's Host header. */
  @Bean
  AuthorizationServerSettings authorizationServerSettings(PartnerApiSettings settings) {
    return AuthorizationServerSettings.builder().issuer(issuer(settings)).build();
  }

  private static String issuer(PartnerApiSettings settings) {
    String configured = settings.issuer().toString();
    return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }

  /**
   * The key that signs access tokens, shared by every node on the database (or given by the
   * operator): a token from one node validates on all of them and survives restarts.
   */
  @Bean
  JWKSource<SecurityContext> jwkSource(JdbcTemplate jdbc,
      PartnerApiSettings settings) {
    return new ImmutableJWKSet<>(new JWKSet(TokenSigningKey.load(settings.tokenSigningJwk(), jdbc)));
  }

  /**
   * The API checks a token's signature against the same key locally, then that it names this hub as
   * its issuer, has not expired, and is still held as issued and not revoked (one database read).
   */
  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, PartnerApiSettings settings,
      OAuth2AuthorizationService authorizations) {
    if (!(OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource) instanceof NimbusJwtDecoder decoder)) {
      throw new IllegalStateException("Spring Authorization Server's JWT decoder is no longer a NimbusJwtDecoder");
    }
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(issuer(settings)), new TokenStillAuthorized(authorizations)));
    return decoder;
  }

  /**
   * Issued tokens are kept in the database (table oauth2_authorization), so that revocation takes
   * effect on every node at once and introspection tells the truth; IssuedPartnerTokens deletes them.
   */
  @Bean
  OAuth2AuthorizationService oauth2AuthorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
    return new JdbcOAuth2AuthorizationService(jdbc, clients);
  }
}
