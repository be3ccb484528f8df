package org.communityhub.askforhelp;

import java.util.List;
import java.util.Optional;

/**
 * The question pages of 'Ask for help', in the order they are asked: each page's address under
 * /ask-for-help, its template, and the fields it asks (whose problems it shows).
 */
enum Question {
  WHO("who", List.of("asking")),
  ABOUT_YOU("about-you", List.of("helperName", "helperRelationship", "helperPhone", "helperEmail")),
  NAME("name", List.of("firstName", "lastName", "dateOfBirth")),
  ADDRESS("address", List.of("addressLine1", "addressLine2", "town", "postcode")),
  CONTACT("contact", List.of("phone", "email")),
  HELP("help", List.of("needs", "urgency", "supportNetworkAvailable", "notes")),
  CONSENT("consent", List.of());

  private final String slug;
  private final List<String> fields;

  Question(String slug, List<String> fields) {
    this.slug = slug;
    this.fields = fields;
  }

  String slug() {
    return slug;
  }

  String path() {
    return "/ask-for-help/" + slug;
  }

  String template() {
    return "ask-for-help/" + slug;
  }

  List<String> fields() {
    return fields;
  }

  static Optional<Question> bySlug(String slug) {
    for (Question question : values()) {
      if (question.slug.equals(slug)) {
        return Optional.of(question);
      }
    }
    return Optional.empty();
  }
}
