package org.communityhub.security;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Camunda's REST API is open by default; the hub requires HTTP Basic against Camunda identity,
 * and the engine's authorization checks then decide what each user sees.
 */
@Configuration
public class WebSecurityConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** One set of security headers for every hub response, before any security filter chain can answer. */
  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders(StaffSignInProperties signIn) {
    URI signOutOrigin = signIn.oidcEnabled() ? URI.create(signIn.oidc().issuerUri()) : null;
    var registration = new FilterRegistrationBean<>(new SecurityHeaders(signOutOrigin));
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TaskQueryExpressionGuard> taskQueryExpressionGuard() {
    var registration = new FilterRegistrationBean<>(new TaskQueryExpressionGuard());
    registration.setName("task-query-expression-guard");
    // Task and filter queries: Camunda's REST API and the webapps' internal copy of it.
    registration.addUrlPatterns("/engine-rest/task", "/engine-rest/task/*", "/engine-rest/filter/*",
        "/camunda/api/engine/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupGuardFilter> adminSetupGuard() {
    var registration = new FilterRegistrationBean<>(new AdminSetupGuardFilter());
    registration.setName("admin-setup-guard");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Signed in to the hub is signed in to Camunda's webapps; it runs after Spring Security has read the session. */
  @Bean
  FilterRegistrationBean<HubSignInForWebappsFilter> hubSignInForWebapps() {
    var registration = new FilterRegistrationBean<>(new HubSignInForWebappsFilter());
    registration.setName("hub-sign-in-for-webapps");
    registration.addInitParameter("authentication-provider", HubSignInProvider.class.getName());
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /** Camunda's own sign-in and sign-out also sign in to, and out of, the hub. */
  @Bean
  FilterRegistrationBean<WebappsSignInBridgeFilter> webappsSignInBridge(IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new WebappsSignInBridgeFilter(identityService));
    registration.setName("webapps-sign-in-bridge");
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }
}
