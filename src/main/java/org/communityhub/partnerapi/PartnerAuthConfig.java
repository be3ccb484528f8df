package org.communityhub.partnerapi;

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
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Partners sign in as OAuth2 clients (client credentials) at the hub's own token endpoint
 * (/oauth2/token, Spring Authorization Server) and call /api/v1 with the JWT they get.
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
  SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(authorizationServer.getEndpointsMatcher())
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

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().build();
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

  /** The API checks tokens against the same key locally, without calling its own token endpoint. */
  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
  }

  /**
   * Client-credentials tokens are self-contained JWTs and the hub offers no introspection or
   * revocation, so issued tokens are not stored (the in-memory default would grow without bound).
   */
  @Bean
  OAuth2AuthorizationService oauth2AuthorizationService() {
    return new OAuth2AuthorizationService() {
      @Override
      public void save(OAuth2Authorization authorization) {}

      @Override
      public void remove(OAuth2Authorization authorization) {}

      @Override
      public OAuth2Authorization findById(String id) {
        return null;
      }

      @Override
      public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
      }
    };
  }
}
