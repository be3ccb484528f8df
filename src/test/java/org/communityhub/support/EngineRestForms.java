package org.communityhub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A user task's form completed through /engine-rest, as Tasklist does, by a demo staff user. */
public final class EngineRestForms {

  private final TestRestTemplate rest;
  private final String user;

  public EngineRestForms(TestRestTemplate rest, String user) {
    this.rest = rest;
    this.user = user;
  }

  /** The one open task of this kind for the request (or volunteer) with this business key. */
  public String openTask(String businessKey, String taskDefinitionKey) {
    List<Map<String, Object>> tasks = rest.withBasicAuth(user, "demo").exchange(
        "/engine-rest/task?maxResults=10&taskDefinitionKey=" + taskDefinitionKey + "&processInstanceBusinessKey="
            + businessKey, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .getBody();
    assertThat(tasks).as(taskDefinitionKey + " for " + businessKey).hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  /** Completes the task with these form fields (as strings, as Camunda Forms sends them). */
  public ResponseEntity<String> complete(String taskId, Map<String, String> fields) {
    StringBuilder variables = new StringBuilder("{");
    fields.forEach((name, value) -> variables.append(variables.length() > 1 ? "," : "")
        .append('"').append(name).append("\":{\"value\":\"").append(value).append("\"}"));
    variables.append('}');
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>("{\"variables\": " + variables + "}", headers), String.class);
  }
}
