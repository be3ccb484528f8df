package org.communityhub.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for everything that is not the partner API: the hub's staff endpoints use HTTP
 * Basic against Camunda's identity service; Camunda's webapps and /engine-rest keep their own
 * authentication and CSRF protection, so Spring Security only adds headers there.
 */
@Configuration
public class StaffWebSecurityConfig {

  /** Spring authority for membership of a Camunda group. */
  public static String group(StaffGroups group) {
    return "GROUP_" + group.id();
  }

  @Bean
  @ConditionalOnWebApplication
  @Order(3)
  SecurityFilterChain staffApiChain(HttpSecurity http, IdentityService identityService) throws Exception {
    http.securityMatcher("/api/staff/**")
        .authenticationProvider(camundaIdentity(identityService))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/staff/disclosures/**", "/api/staff/disclosures", "/api/staff/erasures")
            .hasAuthority(group(StaffGroups.DATA_PROTECTION))
            .requestMatchers("/api/staff/rules/**")
            .hasAnyAuthority(group(StaffGroups.PROCESS_OWNERS), "GROUP_" + StaffGroups.ADMINS)
            .requestMatchers("/api/staff/partners/**", "/api/staff/partners")
            .hasAuthority("GROUP_" + StaffGroups.ADMINS)
            .requestMatchers("/api/staff/volunteers/**", "/api/staff/volunteers",
                "/api/staff/organisations/**", "/api/staff/organisations")
            .hasAuthority(group(StaffGroups.VOLUNTEER_COORDINATORS))
            .anyRequest().denyAll())
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
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

  private static AuthenticationProvider camundaIdentity(IdentityService identityService) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (!identityService.checkPassword(user, password)) {
          throw new BadCredentialsException("Wrong user name or password");
        }
        List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId).map(id -> new SimpleGrantedAuthority("GROUP_" + id)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }
}
