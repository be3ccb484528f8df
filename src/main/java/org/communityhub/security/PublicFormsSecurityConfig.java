package org.communityhub.security;

import org.communityhub.platform.publicforms.RefusalPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public forms that keep answers in a session (asking for help, offering help, a volunteer's
 * sign-in and account): open to everyone, with Spring Security's CSRF token on every post (the
 * hidden _csrf field th:action adds), so another site cannot post into a resident's session.
 * Ahead of the catch-all chain (@Order(10)), which has CSRF off for Camunda's webapps.
 * Rate limits, sizes and the honeypot are platform.publicforms' filter, which runs before this. A
 * volunteer's sign-in is not a Spring Security sign-in (a volunteer is not staff): volunteeraccount
 * keeps their id in the session.
 */
@Configuration
public class PublicFormsSecurityConfig {

  @Bean
  @ConditionalOnWebApplication
  @Order(6)
  SecurityFilterChain publicFormsChain(HttpSecurity http, RefusalPage refusal) throws Exception {
    http.securityMatcher("/ask-for-help", "/ask-for-help/**", "/offer-help", "/offer-help/**",
            "/volunteer/sign-in", "/volunteer/sign-in/**", "/volunteer/account", "/volunteer/account/**", "/privacy")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // Nothing here needs a role, so a refusal is a missing or stale CSRF token: say so in a public page.
        .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) ->
            refusal.show(request, response, HttpStatus.FORBIDDEN, RefusalPage.Reason.EXPIRED)))
        .headers(headers -> headers.frameOptions(frame -> frame.deny()));
    return http.build();
  }
}
