package org.communityhub.platform.publicforms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link PublicFormProtection} ahead of Spring Security's filters (which sit at -100). */
@Configuration
@EnableConfigurationProperties(PublicFormsSettings.class)
@ConditionalOnWebApplication
class PublicFormsConfig {

  @Bean
  FilterRegistrationBean<PublicFormProtection> publicFormProtection(PublicFormsSettings settings, RefusalPage page) {
    FilterRegistrationBean<PublicFormProtection> registration =
        new FilterRegistrationBean<>(new PublicFormProtection(settings, page));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
