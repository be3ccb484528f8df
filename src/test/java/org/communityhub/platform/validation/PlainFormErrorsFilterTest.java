package org.communityhub.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Tasklist shows when the hub refuses a form sent through the webapps' engine API. */
class PlainFormErrorsFilterTest {

  private final PlainFormErrorsFilter filter = new PlainFormErrorsFilter();

  @Test
  void camundasWordingGivesWayToTheFieldsByTheirLabels() {
    String body = "{\"type\":\"RestException\",\"message\":\"Cannot instantiate process definition"
        + " helpline-intake:1:d724ca5a-edfc: Please correct the request: dateOfBirth: is not a date; use DD/MM/YYYY;"
        + " postcode: is not a UK postcode, for example WA10 1AA\",\"code\":0}";

    assertThat(filter.plain(body)).contains("\"message\":\"Please correct the form. Date of birth: is not a date;"
        + " use DD/MM/YYYY. Postcode: is not a UK postcode, for example WA10 1AA.\"");
  }

  @Test
  void otherErrorsAreLeftAsCamundaGaveThem() {
    assertThat(filter.plain("{\"type\":\"RestException\",\"message\":\"Task not found\"}")).isNull();
    assertThat(filter.plain("not json")).isNull();
  }
}
