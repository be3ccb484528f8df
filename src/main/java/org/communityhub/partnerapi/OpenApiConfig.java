package org.communityhub.partnerapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner API's OpenAPI 3 document (/v3/api-docs) and Swagger UI (/swagger-ui.html). */
@Configuration
class OpenApiConfig {

  @Bean
  OpenAPI partnerApi() {
    SecurityScheme clientCredentials = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
        .description("Client credentials at the hub's token endpoint; one client per partner.")
        .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(new Scopes()
            .addString(PartnerAuthConfig.SCOPE_REQUESTS_WRITE, "refer residents to the hub")
            .addString(PartnerAuthConfig.SCOPE_REQUESTS_READ, "read the status of requests you submitted")
            .addString(PartnerAuthConfig.SCOPE_REFERRALS_READ, "read referrals sent to you")
            .addString(PartnerAuthConfig.SCOPE_REFERRALS_WRITE, "acknowledge, accept, decline and close referrals")
            .addString(PartnerAuthConfig.SCOPE_WEBHOOKS_MANAGE, "register your webhook and rotate its secret"))));
    return new OpenAPI()
        .info(new Info().title("Community Hub partner API").version("v1")
            .description("For partner agencies: refer residents to the hub, and answer the referrals it sends you. "
                + "Errors are RFC 9457 problem details naming the field."))
        .components(new Components().addSecuritySchemes("partnerOAuth", clientCredentials))
        .addSecurityItem(new SecurityRequirement().addList("partnerOAuth"));
  }
}
