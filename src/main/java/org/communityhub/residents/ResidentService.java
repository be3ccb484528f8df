package org.communityhub.residents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds the resident a request is for, so one person has one record (DESIGN 2.1). */
@Service
public class ResidentService {

  private final ResidentRepository residents;

  ResidentService(ResidentRepository residents) {
    this.residents = residents;
  }

  /**
   * Finds the resident by the duplicate rules, updates their details, or registers them, and
   * locks the row so concurrent requests for the same person are handled one after the other.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ResidentMatch findOrRegister(ResidentDetails details) {
    Optional<ResidentMatch> existing = findExisting(details);
    if (existing.isPresent()) {
      Resident resident = residents.lockById(existing.get().residentId()).orElseThrow();
      resident.update(details);
      return existing.get();
    }
    Resident resident = residents.save(new Resident(details));
    return new ResidentMatch(resident.getId(), null);
  }

  @Transactional(readOnly = true)
  public Optional<ResidentDetails> find(long residentId) {
    return residents.findById(residentId).map(Resident::details);
  }

  /** Erases what identifies the resident (see {@link Resident#erase}); part of a recorded erasure. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void erase(long residentId) {
    residents.lockById(residentId).orElseThrow().erase(java.time.Instant.now());
  }

  Optional<ResidentMatch> findExisting(ResidentDetails details) {
    String nameKey = ResidentKeys.name(details.firstName(), details.lastName());
    return first(
        () -> match(residents.findByNameKeyAndDateOfBirthOrderById(nameKey, details.dateOfBirth()),
            ResidentMatch.MatchRule.NAME_AND_DATE_OF_BIRTH),
        () -> details.phone() == null ? Optional.empty()
            : match(samePerson(residents.findByPhoneOrderById(ResidentKeys.phone(details.phone())), details),
                ResidentMatch.MatchRule.PHONE),
        () -> details.email() == null ? Optional.empty()
            : match(samePerson(residents.findByEmailOrderById(ResidentKeys.email(details.email())), details),
                ResidentMatch.MatchRule.EMAIL),
        () -> match(residents.findByNameKeyAndAddressKeyOrderById(nameKey,
                ResidentKeys.address(details.postcode(), details.addressLine1())),
            ResidentMatch.MatchRule.NAME_AND_ADDRESS));
  }

  /**
   * A shared phone or email is a duplicate unless the record is plainly someone else in the
   * household: a different first name and a different date of birth. Merging two people would
   * put one person's health details in another's case.
   */
  private static List<Resident> samePerson(List<Resident> candidates, ResidentDetails details) {
    String firstName = ResidentKeys.name(details.firstName(), "");
    return candidates.stream()
        .filter(r -> Objects.equals(r.getDateOfBirth(), details.dateOfBirth())
            || ResidentKeys.name(r.getFirstName(), "").equals(firstName))
        .toList();
  }

  private static Optional<ResidentMatch> match(List<Resident> found, ResidentMatch.MatchRule rule) {
    return found.stream().findFirst().map(r -> new ResidentMatch(r.getId(), rule));
  }

  @SafeVarargs
  private static Optional<ResidentMatch> first(Supplier<Optional<ResidentMatch>>... rules) {
    for (Supplier<Optional<ResidentMatch>> rule : rules) {
      Optional<ResidentMatch> found = rule.get();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
