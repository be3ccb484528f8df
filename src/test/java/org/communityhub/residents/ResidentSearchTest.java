package org.communityhub.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.time.LocalDate;
import java.util.List;
import org.communityhub.intake.IntakeService;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff's search for a resident finds them however the details are typed, and only them. */
@HubIntegrationTest
class ResidentSearchTest {

  @Autowired IntakeService intake;
  @Autowired ResidentService residents;

  @Test
  void findsTheResidentWhateverTheCaseSpacingOrPhoneFormat() {
    String surname = "O'Searchable-" + System.nanoTime();
    intake.submit(aRequest().name("Mary-Ann", surname).dateOfBirth(LocalDate.of(1939, 5, 17))
        .phone("01744 220 431").email("Mary.Ann@Example.org").address("7 Ormskirk Street", "WA10 2DJ").build());
    intake.submit(aRequest().name("Someone", "Else" + System.nanoTime()).dateOfBirth(LocalDate.of(1939, 5, 17))
        .address("9 Ormskirk Street", "WA10 2DJ").build());
    String key = ResidentKeys.name(surname, "").trim();

    assertThat(names(new ResidentSearch("  MARYANN " + surname.toUpperCase() + " ", null, null, null, null)))
        .containsExactly(surname);
    assertThat(names(new ResidentSearch(key, LocalDate.of(1939, 5, 17), null, null, "wa102dj"))).containsExactly(surname);
    assertThat(names(new ResidentSearch(null, null, "+44 (0)1744 220431", null, null))).containsExactly(surname);
    assertThat(names(new ResidentSearch(null, null, null, " mary.ann@EXAMPLE.org ", null))).containsExactly(surname);
    assertThat(names(new ResidentSearch(key, LocalDate.of(1939, 5, 18), null, null, null))).as("every field must match")
        .isEmpty();
    assertThat(residents.search(new ResidentSearch(" ", null, "", null, null), 10)).as("nothing to search on").isEmpty();
    // Wildcards are not letters: such a "name" is no name, never a match-everything pattern.
    assertThat(new ResidentSearch("%_%", null, null, null, null).isEmpty()).isTrue();
    assertThat(residents.search(new ResidentSearch("%", null, null, null, null), 10)).isEmpty();
  }

  private List<String> names(ResidentSearch search) {
    return residents.search(search, 10).stream().map(found -> found.details().lastName()).toList();
  }
}
