package org.communityhub.residents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.communityhub.residents.ResidentMatch.MatchRule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds the resident a request is for, so one person has one record (docs/architecture.md, "Duplicate residents"). */
@Service
public class ResidentService {

  private final ResidentRepository residents;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ResidentService(ResidentRepository residents, ApplicationEventPublisher events, Clock clock) {
    this.residents = residents;
    this.events = events;
    this.clock = clock;
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

  /**
   * Staff updated how to reach the resident: only the contact fields given (phone, email, address,
   * postcode) replace what is stored; a blank one keeps it. Name and date of birth are not changed.
   * Returns the names of the fields that changed ("phone", "postcode").
   */
  @Transactional
  public List<String> updateContactDetails(long residentId, ResidentDetails contact) {
    Resident resident = residents.lockById(residentId).orElseThrow();
    ResidentDetails before = resident.details();
    resident.update(new ResidentDetails(null, null, null, contact.phone(), contact.email(), contact.addressLine1(),
        contact.addressLine2(), contact.town(), contact.postcode()));
    ResidentDetails after = resident.details();
    List<String> changed = new java.util.ArrayList<>();
    addIfChanged(changed, "phone", before.phone(), after.phone());
    addIfChanged(changed, "email", before.email(), after.email());
    addIfChanged(changed, "address", before.addressLine1() + "|" + before.addressLine2() + "|" + before.town(),
        after.addressLine1() + "|" + after.addressLine2() + "|" + after.town());
    addIfChanged(changed, "postcode", before.postcode(), after.postcode());
    return changed;
  }

  private static void addIfChanged(List<String> changed, String field, String before, String after) {
    if (!java.util.Objects.equals(before, after)) {
      changed.add(field);
    }
  }

  @Transactional(readOnly = true)
  public Optional<ResidentDetails> find(long residentId) {
    return residents.findById(residentId).map(Resident::details);
  }

  /**
   * Residents matching every given field, oldest record first, at most {@code limit}. A name
   * matches any part of the full name; erased records are never found.
   */
  @Transactional(readOnly = true)
  public List<ResidentSummary> search(ResidentSearch search, int limit) {
    if (search.isEmpty()) {
      return List.of();
    }
    return residents.findAll(ResidentSearches.matching(search), PageRequest.of(0, limit, Sort.by("id"))).stream()
        .map(resident -> new ResidentSummary(resident.getId(), resident.details())).toList();
  }

  /**
   * Erases what identifies the resident (see {@link Resident#erase}) and tells every other feature
   * holding data about them ({@link ResidentErased}), in the caller's transaction; part of a
   * recorded erasure.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void erase(long residentId) {
    Instant now = clock.instant();
    residents.lockById(residentId).orElseThrow().erase(now);
    events.publishEvent(new ResidentErased(residentId, now));
  }

  /** The duplicate rules in order; within a rule the oldest record wins. */
  Optional<ResidentMatch> findExisting(ResidentDetails details) {
    String nameKey = ResidentKeys.name(details.firstName(), details.lastName());
    String addressKey = ResidentKeys.address(details.postcode(), details.addressLine1());
    String phone = details.phone() == null ? null : ResidentKeys.phone(details.phone());
    String email = details.email() == null ? null : ResidentKeys.email(details.email());
    List<Resident> candidates = residents.findDuplicateCandidates(nameKey, details.dateOfBirth(), addressKey,
        phone, email);
    return first(candidates,
        new Rule(MatchRule.NAME_AND_DATE_OF_BIRTH,
            r -> r.getNameKey().equals(nameKey) && r.getDateOfBirth().equals(details.dateOfBirth())),
        new Rule(MatchRule.PHONE, r -> phone != null && phone.equals(r.getPhone()) && samePerson(r, details)),
        new Rule(MatchRule.EMAIL, r -> email != null && email.equals(r.getEmail()) && samePerson(r, details)),
        new Rule(MatchRule.NAME_AND_ADDRESS, r -> r.getNameKey().equals(nameKey) && r.getAddressKey().equals(addressKey)));
  }

  /**
   * A shared phone or email is a duplicate unless the record is plainly someone else in the
   * household: a different first name and a different date of birth. Merging two people would
   * put one person's health details in another's case.
   */
  private static boolean samePerson(Resident candidate, ResidentDetails details) {
    return Objects.equals(candidate.getDateOfBirth(), details.dateOfBirth())
        || ResidentKeys.name(candidate.getFirstName(), "").equals(ResidentKeys.name(details.firstName(), ""));
  }

  private record Rule(MatchRule name, Predicate<Resident> matches) {}

  private static Optional<ResidentMatch> first(List<Resident> candidates, Rule... rules) {
    for (Rule rule : rules) {
      for (Resident candidate : candidates) {
        if (rule.matches().test(candidate)) {
          return Optional.of(new ResidentMatch(candidate.getId(), rule.name()));
        }
      }
    }
    return Optional.empty();
  }
}
