package org.communityhub.askforhelp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers of one online request, page by page, each test's own (unique name, phone and email). */
final class OnlineRequests {

  final Map<String, Map<String, List<String>>> pages = new LinkedHashMap<>();
  final String lastName;
  final String email;

  private OnlineRequests(String postcode) {
    String unique = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
    lastName = "Online" + unique;
    email = "online." + unique + "@example.org";
    pages.put("who", Map.of("asking", List.of("myself")));
    pages.put("name", Map.of("firstName", List.of("Olive"), "lastName", List.of(lastName),
        "dobDay", List.of("3"), "dobMonth", List.of("4"), "dobYear", List.of("1938")));
    pages.put("address", Map.of("addressLine1", List.of("12 Duke Street"), "addressLine2", List.of(""),
        "town", List.of("St Helens"), "postcode", List.of(postcode)));
    pages.put("contact", Map.of("phone", List.of(""), "email", List.of(email)));
    pages.put("help", Map.of("needs", List.of("FOOD"), "urgency", List.of("SOON"),
        "supportNetworkAvailable", List.of("no"), "shielding", List.of("true"), "notes", List.of("")));
    pages.put("consent", Map.of("consentVolunteerContact", List.of("true")));
  }

  /** A resident in the council area (WA10), asking for themselves. */
  static OnlineRequests inArea() {
    return new OnlineRequests("WA10 1AA");
  }

  static OnlineRequests at(String postcode) {
    return new OnlineRequests(postcode);
  }

  OnlineRequests onBehalfOf(String helperName, String relationship, String helperEmail) {
    pages.put("who", Map.of("asking", List.of("someone-else")));
    Map<String, Map<String, List<String>>> reordered = new LinkedHashMap<>();
    reordered.put("who", pages.remove("who"));
    reordered.put("about-you", Map.of("helperName", List.of(helperName), "helperRelationship", List.of(relationship),
        "helperPhone", List.of(""), "helperEmail", List.of(helperEmail)));
    reordered.putAll(pages);
    pages.clear();
    pages.putAll(reordered);
    return this;
  }

  /** Answers every page (each accepted with a 303) and lands on check your answers. */
  void answerAll(PublicFormClient client) throws Exception {
    for (Map.Entry<String, Map<String, List<String>>> page : pages.entrySet()) {
      HttpResponse<String> answered = client.answer("/ask-for-help/" + page.getKey(), page.getValue());
      assertThat(answered.statusCode()).as(page.getKey() + ": " + answered.body()).isEqualTo(303);
    }
    assertThat(client.get("/ask-for-help/check").statusCode()).isEqualTo(200);
  }

  /** Answers every page and sends the request: the confirmation page. */
  String send(PublicFormClient client) throws Exception {
    answerAll(client);
    HttpResponse<String> sent = client.post("/ask-for-help/check", Map.of());
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/ask-for-help/confirmation");
    HttpResponse<String> confirmation = client.get("/ask-for-help/confirmation");
    assertThat(confirmation.statusCode()).isEqualTo(200);
    return confirmation.body();
  }
}
