package org.communityhub.security;

import static org.communityhub.security.StaffAuthorities.ADMIN_AUTHORITY;
import static org.communityhub.security.StaffAuthorities.CASEWORK;
import static org.communityhub.security.StaffAuthorities.membersOf;

import jakarta.servlet.http.HttpServletRequest;
import org.communityhub.platform.api.ApiProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;

/**
 * Spring Security for everything that is not the partner API. The hub's staff endpoints use HTTP
 * Basic against Camunda's identity service; the staff desk has a sign-in page at /login whose
 * session Camunda's webapps accept too ({@link HubSignInForWebappsFilter}); Camunda's webapps and
 * /engine-rest keep their own authentication and CSRF protection, so Spring Security only adds
 * headers there. Camunda's administrators (camunda-admin) may do every staff job.
 */
@Configuration
@EnableConfigurationProperties(StaffSignInProperties.class)
public class StaffWebSecurityConfig {

  private static AuthorizationManager<RequestAuthorizationContext> onlyWhereNoEndpointIs(
      ObjectProvider<RequestMappingHandlerMapping> endpoints) {
    return (authentication, context) -> {
      boolean signedIn = authentication.get() != null && authentication.get().isAuthenticated()
          && !(authentication.get() instanceof AnonymousAuthenticationToken);
      return new AuthorizationDecision(signedIn && !hasEndpoint(endpoints.getObject(), context.getRequest()));
    };
  }

  private static boolean hasEndpoint(RequestMappingHandlerMapping endpoints, HttpServletRequest request) {
    try {
      return endpoints.getHandler(request) != null;
    } catch (Exception pathKnownButNotThisWay) {
      return true; // e.g. the wrong method on a real endpoint: refused like the endpoint itself
    }
  }

  private static final AuthenticationEntryPoint STAFF_UNAUTHORIZED = ApiProblemResponses.basicUnauthorized(
      "Community Hub", "Sign in with your hub user name and password (HTTP Basic authentication).");

  @Bean
  @ConditionalOnWebApplication
  @Order(3)
  SecurityFilterChain staffApiChain(HttpSecurity http, IdentityService identityService,
      @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> endpoints) throws Exception {
    http.securityMatcher("/api/staff/**")
        .authenticationProvider(new CamundaIdentityAuthentication(identityService))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/staff/disclosures/**", "/api/staff/disclosures", "/api/staff/erasures")
            .hasAnyAuthority(membersOf(StaffGroups.DATA_PROTECTION))
            .requestMatchers("/api/staff/rules/**")
            .hasAnyAuthority(membersOf(StaffGroups.PROCESS_OWNERS))
            .requestMatchers("/api/staff/partners/**", "/api/staff/partners")
            .hasAuthority(ADMIN_AUTHORITY)
            .requestMatchers("/api/staff/volunteers/**", "/api/staff/volunteers",
                "/api/staff/organisations/**", "/api/staff/organisations")
            .hasAnyAuthority(membersOf(StaffGroups.VOLUNTEER_COORDINATORS))
            // An endpoint no rule above names stays refused; a path with no endpoint at all is a 404
            // for a signed-in user, so that a refusal means "not yours", never "not there".
            .anyRequest().access(onlyWhereNoEndpointIs(endpoints)))
        // 401 and 403 as problem details, as every other error on the staff API
        .httpBasic(basic -> basic.authenticationEntryPoint(STAFF_UNAUTHORIZED))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(STAFF_UNAUTHORIZED)
            .accessDeniedHandler(ApiProblemResponses.forbidden("Your hub role does not allow this. Ask an"
                + " administrator if you need it.")))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  /**
   * The staff desk: a session from the sign-in form or the council's identity provider (OpenID
   * Connect, when hub.staff-sign-in.oidc.issuer-uri is set), CSRF tokens on every form post, and
   * pages refused by role before any resident is looked up, so a refusal says nothing about who exists.
   */
  @Bean
  @ConditionalOnWebApplication
  @Order(4)
  SecurityFilterChain staffDeskChain(HttpSecurity http, IdentityService identityService,
      StaffSignInProperties signIn) throws Exception {
    http.securityMatcher("/login", "/login/**", "/logout", "/staff", "/staff/**")
        .authenticationProvider(new CamundaIdentityAuthentication(identityService))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/login/**").permitAll()
            .requestMatchers("/staff/access-log", "/staff/access-log/**")
            .hasAnyAuthority(membersOf(StaffGroups.DATA_PROTECTION))
            // Casework on the desk: recording a request, then the actions on a request's page.
            .requestMatchers("/staff/requests/new").hasAnyAuthority(membersOf(StaffAuthorities.RECORD_REQUESTS))
            .requestMatchers(HttpMethod.POST, "/staff/requests/*/notes", "/staff/requests/*/contact-details")
            .hasAnyAuthority(membersOf(StaffAuthorities.NOTES_AND_CONTACT))
            .requestMatchers(HttpMethod.POST, "/staff/requests/*/referral", "/staff/requests/*/withdrawal")
            .hasAnyAuthority(membersOf(StaffAuthorities.REFER_AND_WITHDRAW))
            // Data-protection officers: a resident's disclosures, and erasure
            .requestMatchers("/staff/disclosures", "/staff/disclosures/**", "/staff/erasures", "/staff/erasures/**")
            .hasAnyAuthority(membersOf(StaffGroups.DATA_PROTECTION))
            // Administrators: partners, their agreements and client secrets
            .requestMatchers("/staff/partners", "/staff/partners/**").hasAuthority(ADMIN_AUTHORITY)
            .requestMatchers("/staff/requests", "/staff/requests/**", "/staff/residents", "/staff/residents/**")
            .hasAnyAuthority(membersOf(CASEWORK))
            .requestMatchers("/staff/rules", "/staff/rules/**")
            .hasAnyAuthority(membersOf(StaffGroups.PROCESS_OWNERS))
            // Duty managers' overdue page (references only, every team's work)
            .requestMatchers("/staff/overdue", "/staff/overdue/**")
            .hasAnyAuthority(membersOf(StaffGroups.DUTY_MANAGERS))
            // Reports (counts, and references of requests that broke their promise): duty managers, process owners
            .requestMatchers("/staff/reports", "/staff/reports/**")
            .hasAnyAuthority(membersOf(StaffGroups.DUTY_MANAGERS, StaffGroups.PROCESS_OWNERS))
            // Volunteer coordinators' pages: the volunteer register, volunteers' contact details, organisations
            .requestMatchers("/staff/volunteers", "/staff/volunteers/**", "/staff/organisations", "/staff/organisations/**")
            .hasAnyAuthority(membersOf(StaffGroups.VOLUNTEER_COORDINATORS))
            .requestMatchers("/staff").hasAnyAuthority(membersOf(StaffGroups.values()))
            .anyRequest().authenticated())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
        .headers(headers -> headers.frameOptions(frame -> frame.deny()));
    if (signIn.passwordEnabled()) {
      http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff")
          // The form is shown again with the user name kept and the problem beside the field.
          .failureHandler(new ForwardAuthenticationFailureHandler("/login/failed")));
    }
    if (signIn.oidcEnabled()) {
      OidcStaffSignIn oidc = new OidcStaffSignIn(signIn.oidc());
      http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/staff")
              .clientRegistrationRepository(oidc.registrations())
              .authorizationEndpoint(authorization -> authorization.baseUri(OidcStaffSignIn.AUTHORIZATION_BASE))
              .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidc.userService()))
              .failureHandler(OidcStaffSignIn::refused))
          // Signing out of the hub signs out of the provider too, where it offers that (RP-initiated logout).
          .logout(logout -> logout.logoutSuccessHandler(oidc.signOutHandler()));
    }
    return http.build();
  }

  @Bean
  @ConditionalOnWebApplication
  @Order(10)
  SecurityFilterChain camundaAndPublicChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // Camunda's webapps run their own CSRF filter; engine-rest is HTTP Basic without cookies.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }
}
