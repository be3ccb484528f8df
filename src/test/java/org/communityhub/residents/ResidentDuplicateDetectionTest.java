package org.communityhub.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.communityhub.residents.ResidentMatch.MatchRule;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The duplicate rules (docs/architecture.md) on PostgreSQL: one person, one record. */
@HubIntegrationTest
class ResidentDuplicateDetectionTest {

  @Autowired ResidentService residents;
  @Autowired TransactionTemplate transaction;

  private String surname;
  private String phone;
  private String email;

  @BeforeEach
  void uniquePerson() {
    int n = ThreadLocalRandom.current().nextInt(1_000_000);
    surname = "Okafor" + n;
    phone = String.format("01744 %06d", n);
    email = "resident" + n + "@example.org";
  }

  @Test
  void sameNameAndDateOfBirthIsTheSamePersonWhateverTheSpellingCase() {
    long first = register("Siobhán", surname, LocalDate.of(1948, 2, 1), phone, null, "1 Mill Lane", "WA10 2AB").residentId();

    ResidentMatch again = register("  SIOBHAN ", surname.toUpperCase(), LocalDate.of(1948, 2, 1), null, null,
        "9 New Road", "WA9 1AA");

    assertThat(again.residentId()).isEqualTo(first);
    assertThat(again.matchedBy()).isEqualTo(MatchRule.NAME_AND_DATE_OF_BIRTH);
    assertThat(residents.find(first).orElseThrow().postcode()).as("latest address kept").isEqualTo("WA9 1AA");
    assertThat(residents.find(first).orElseThrow().phone()).as("blank phone does not erase it")
        .isEqualTo(phone.replace(" ", ""));
  }

  @Test
  void samePhoneWithAMisspeltNameIsTheSamePerson() {
    long first = register("Margaret", surname, LocalDate.of(1939, 7, 9), phone, null, "1 Mill Lane", "WA10 2AB").residentId();

    ResidentMatch again = register("Margret", surname, LocalDate.of(1939, 7, 9),
        "+44 " + phone.substring(1), null, "1 Mill Lane", "WA10 2AB");

    assertThat(again.residentId()).isEqualTo(first);
    assertThat(again.matchedBy()).isIn(MatchRule.PHONE);
  }

  @Test
  void sameEmailWithAWrongDateOfBirthIsTheSamePerson() {
    long first = register("Ahmed", surname, LocalDate.of(1950, 1, 1), null, email, "4 Park Road", "WA11 0AA").residentId();

    ResidentMatch again = register("Ahmed", surname + "-Khan", LocalDate.of(1951, 1, 1), null,
        email.toUpperCase(), "4 Park Road", "WA11 0AA");

    assertThat(again.residentId()).isEqualTo(first);
    assertThat(again.matchedBy()).isEqualTo(MatchRule.EMAIL);
  }

  @Test
  void sameNameAndAddressIsTheSamePerson() {
    long first = register("Tom", surname, LocalDate.of(1944, 3, 3), phone, null, "12 Church St.", "WA10 3XY").residentId();

    ResidentMatch again = register("Tom", surname, LocalDate.of(1945, 3, 3), null, email, "12 church st", "wa103xy");

    assertThat(again.residentId()).isEqualTo(first);
    assertThat(again.matchedBy()).isEqualTo(MatchRule.NAME_AND_ADDRESS);
  }

  @Test
  void someoneElseInTheHouseholdSharingThePhoneIsNotMerged() {
    long husband = register("George", surname, LocalDate.of(1938, 5, 5), phone, null, "7 Elm Way", "WA10 4AA").residentId();

    ResidentMatch wife = register("Edna", surname, LocalDate.of(1941, 9, 12), phone, null, "7 Elm Way", "WA10 4AA");

    assertThat(wife.isExisting()).isFalse();
    assertThat(wife.residentId()).isNotEqualTo(husband);
  }

  @Test
  void aSecondCallWithoutAddressLineTwoKeepsTheFlatNumberPartnersAndVolunteersSee() {
    long first = register("Edna", surname, LocalDate.of(1941, 9, 12), phone, null, "7 Elm Way", "Flat 3",
        "WA10 4AA").residentId();

    ResidentMatch again = register("Edna", surname, LocalDate.of(1941, 9, 12), null, null, "7 Elm Way", null,
        "WA10 4AA");

    assertThat(again.residentId()).isEqualTo(first);
    assertThat(residents.find(first).orElseThrow().addressLine2()).isEqualTo("Flat 3");
  }

  private ResidentMatch register(String first, String last, LocalDate dob, String phoneNumber, String emailAddress,
      String line1, String postcode) {
    return register(first, last, dob, phoneNumber, emailAddress, line1, null, postcode);
  }

  private ResidentMatch register(String first, String last, LocalDate dob, String phoneNumber, String emailAddress,
      String line1, String line2, String postcode) {
    String normalisedPostcode = org.communityhub.area.Postcodes.normalise(postcode);
    return transaction.execute(status -> residents.findOrRegister(new ResidentDetails(first, last, dob,
        phoneNumber, emailAddress, line1, line2, "St Helens", normalisedPostcode)));
  }
}
