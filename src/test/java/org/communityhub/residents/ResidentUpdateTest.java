package org.communityhub.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** A second call for a known resident: what is left blank keeps what the hub knows. */
class ResidentUpdateTest {

  private static final ResidentDetails KNOWN = new ResidentDetails("Edna", "Okafor", LocalDate.of(1941, 9, 12),
      "01744 123456", "edna@example.org", "7 Elm Way", "Flat 3", "St Helens", "WA10 4AA");

  static Stream<Arguments> blankFields() {
    return Stream.of(
        field("first name", d -> with(d, 0, null), r -> r.firstName()),
        field("last name", d -> with(d, 1, " "), r -> r.lastName()),
        field("phone", d -> with(d, 3, ""), r -> r.phone()),
        field("email", d -> with(d, 4, null), r -> r.email()),
        field("address line 1", d -> with(d, 5, ""), r -> r.addressLine1()),
        field("address line 2", d -> with(d, 6, null), r -> r.addressLine2()),
        field("address line 2 (blank)", d -> with(d, 6, "  "), r -> r.addressLine2()),
        field("town", d -> with(d, 7, null), r -> r.town()),
        field("postcode", d -> with(d, 8, ""), r -> r.postcode()));
  }

  @ParameterizedTest(name = "blank {0} keeps the stored value")
  @MethodSource("blankFields")
  void aBlankFieldNeverErasesWhatIsKnown(String name, UnaryOperator<ResidentDetails> blank,
      java.util.function.Function<ResidentDetails, String> read) {
    Resident resident = new Resident(KNOWN);
    String before = read.apply(resident.details());

    resident.update(blank.apply(KNOWN));

    assertThat(before).isNotBlank();
    assertThat(read.apply(resident.details())).isEqualTo(before);
  }

  @Test
  void aBlankDateOfBirthKeepsTheStoredOne() {
    Resident resident = new Resident(KNOWN);

    resident.update(new ResidentDetails("Edna", "Okafor", null, null, null, "7 Elm Way", null, "St Helens",
        "WA10 4AA"));

    assertThat(resident.details().dateOfBirth()).isEqualTo(KNOWN.dateOfBirth());
    assertThat(resident.details().addressLine2()).isEqualTo("Flat 3");
  }

  @Test
  void givenFieldsReplaceTheStoredOnes() {
    Resident resident = new Resident(KNOWN);

    resident.update(new ResidentDetails("Edna", "Okafor-Smith", KNOWN.dateOfBirth(), "01744 999999",
        "edna.smith@example.org", "7 Elm Way", "Flat 4", "Saint Helens", "WA10 4AA"));

    ResidentDetails now = resident.details();
    assertThat(now.lastName()).isEqualTo("Okafor-Smith");
    assertThat(now.phone()).isEqualTo("01744999999");
    assertThat(now.email()).isEqualTo("edna.smith@example.org");
    assertThat(now.addressLine2()).isEqualTo("Flat 4");
    assertThat(now.town()).isEqualTo("Saint Helens");
  }

  @Test
  void aNewAddressWithoutLineTwoDoesNotCarryTheOldFlatNumber() {
    Resident resident = new Resident(KNOWN);

    resident.update(new ResidentDetails("Edna", "Okafor", KNOWN.dateOfBirth(), null, null, "9 New Road", null,
        "St Helens", "WA9 1AA"));

    assertThat(resident.details().addressLine1()).isEqualTo("9 New Road");
    assertThat(resident.details().addressLine2()).isNull();
  }

  private static Arguments field(String name, UnaryOperator<ResidentDetails> blank,
      java.util.function.Function<ResidentDetails, String> read) {
    return Arguments.of(name, blank, read);
  }

  /** The details with one field (by position) replaced. */
  private static ResidentDetails with(ResidentDetails d, int position, String value) {
    Object[] v = {d.firstName(), d.lastName(), d.dateOfBirth(), d.phone(), d.email(), d.addressLine1(),
        d.addressLine2(), d.town(), d.postcode()};
    v[position] = value;
    return new ResidentDetails((String) v[0], (String) v[1], (LocalDate) v[2], (String) v[3], (String) v[4],
        (String) v[5], (String) v[6], (String) v[7], (String) v[8]);
  }
}
