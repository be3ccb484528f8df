package org.communityhub.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communityhub.organisations.Organisation;
import org.communityhub.organisations.OrganisationService;
import org.communityhub.organisations.OrganisationValidationException;
import org.communityhub.volunteers.VolunteerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A coordinator's 'Allocate manually': a task given to a volunteer or an organisation they chose. */
@Service
public class AssignmentService {

  private final DispatchRecords records;
  private final VolunteerService volunteers;
  private final OrganisationService organisations;
  private final Clock clock;

  AssignmentService(DispatchRecords records, VolunteerService volunteers, OrganisationService organisations,
      Clock clock) {
    this.records = records;
    this.volunteers = volunteers;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** A coordinator gives the task to an active volunteer they reached themselves, named by email. */
  @Transactional
  public void assignManually(long taskId, String volunteerEmail) {
    long volunteerId = volunteers.findActiveByEmail(volunteerEmail).orElseThrow(() ->
        new DispatchValidationException(DispatchVariables.VOLUNTEER_EMAIL, "no active volunteer has this email"));
    assignManually(taskId, volunteerId);
  }

  /** A coordinator gives the task to a volunteer they reached themselves. */
  @Transactional
  public void assignManually(long taskId, long volunteerId) {
    VolunteerTask task = records.task(taskId);
    records.withdrawOpenOffers(taskId);
    records.assign(taskId, volunteerId, task.residentId(), null, clock.instant());
  }

  /**
   * A coordinator gives the task to an organisation (by name, any letter case): it must serve the
   * district and the need and have a place free; the place is taken in the same transaction.
   */
  @Transactional
  public void assignOrganisation(long taskId, String organisationName, String coordinator) {
    VolunteerTask task = records.task(taskId);
    long organisationId = organisations.findByName(organisationName).orElseThrow(() ->
        new OrganisationValidationException(DispatchVariables.ORGANISATION_NAME, "no organisation has this name"));
    organisations.assign(organisationId, taskId, task.residentId(), task.district(), task.requiredSkills(), coordinator);
    records.withdrawOpenOffers(taskId);
    records.setTaskStatus(taskId, "ORGANISATION");
    records.recordAssigned(taskId, clock.instant());
  }

  /** For 'Allocate manually': the organisations that could take the task now, one a line. */
  @Transactional(readOnly = true)
  public String organisationChoices(long taskId) {
    VolunteerTask task = records.task(taskId);
    List<Organisation> available = organisations.availableFor(task.district(), task.requiredSkills());
    if (available.isEmpty()) {
      return "None has a place free for this district and need.";
    }
    return available.stream().map(o -> "%s (%s, %d of %d places free, %s)".formatted(o.name(),
        o.kind().name().toLowerCase(Locale.UK).replace('_', ' '), o.capacityLeft(), o.capacity(),
        o.contactPhone() != null ? o.contactPhone() : o.contactEmail())).collect(Collectors.joining("\n"));
  }

  /** The organisation a task was given to, for the coordinator's outcome form. */
  @Transactional(readOnly = true)
  public Optional<String> organisationOf(long taskId) {
    return organisations.nameOfAssigned(taskId);
  }
}
