package org.communityhub.offerhelp;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public forms for offering help and the volunteer's own pages: open to anyone, with CSRF
 * tokens on every form post (Thymeleaf's th:action adds them) and no framing. A volunteer's
 * sign-in is not a Spring Security sign-in (a volunteer is not staff): volunteeraccount keeps their
 * id in the session. Small on purpose: the shared public-forms chain will take these paths over.
 */
@Configuration
public class OfferHelpSecurity {

  @Bean
  @ConditionalOnWebApplication
  @Order(5)
  SecurityFilterChain offerHelpChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/offer-help", "/offer-help/**", "/volunteer/sign-in", "/volunteer/sign-in/**",
            "/volunteer/account", "/volunteer/account/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .headers(headers -> headers.frameOptions(frame -> frame.deny()));
    return http.build();
  }
}
