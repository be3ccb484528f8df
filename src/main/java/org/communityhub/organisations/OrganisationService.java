package org.communityhub.organisations;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.communityhub.area.AreaService;
import org.communityhub.volunteers.Skill;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations' offers of help, and the requests coordinators give them. Capacity is a count of
 * requests an organisation can take on at once: an assignment takes a place with a conditional
 * update (capacity_left > 0) backed by a check constraint, so two coordinators cannot overbook
 * it; the place comes back when the outcome is recorded.
 */
@Service
public class OrganisationService {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AreaService area;
  private final RuntimeService runtimeService;
  private final TaskService taskService;

  OrganisationService(JdbcTemplate jdbc, Clock clock, AreaService area, RuntimeService runtimeService,
      TaskService taskService) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.area = area;
    this.clock = clock;
  }

  /** An organisation a coordinator records: approved at once. */
  @Transactional
  public long record(NewOrganisation o) {
    return insert(o, OrganisationStatus.APPROVED, null);
  }

  /**
   * An organisation's own offer of help (the public form, "Here2Help for businesses"): checked as
   * {@link #record} checks, stored AWAITING_APPROVAL and organisation-approval.bpmn started (a
   * coordinator's 'Approve organisation' task), in one transaction. Not given requests until approved.
   */
  @Transactional
  public long offer(NewOrganisation o, String offerDescription) {
    String description = trim(offerDescription);
    if (description != null && description.length() > 1000) {
      throw new OrganisationValidationException("offerDescription", "must be 1000 characters or fewer");
    }
    long id = insert(o, OrganisationStatus.AWAITING_APPROVAL, description);
    runtimeService.startProcessInstanceByKey(OrganisationApprovalVariables.PROCESS_KEY,
        OrganisationApprovalVariables.businessKey(id),
        Map.of(OrganisationApprovalVariables.ORGANISATION_ID, id));
    return id;
  }

  /**
   * A coordinator's decision on the desk: completes the organisation's 'Approve organisation' task,
   * as Tasklist would, so the process records it. Refused when nothing is waiting for approval.
   */
  @Transactional
  public void decide(long organisationId, boolean approve) {
    Task task = taskService.createTaskQuery().processDefinitionKey(OrganisationApprovalVariables.PROCESS_KEY)
        .processInstanceBusinessKey(OrganisationApprovalVariables.businessKey(organisationId)).singleResult();
    if (task == null) {
      throw new OrganisationValidationException("approval", "This organisation is not waiting for approval");
    }
    taskService.complete(task.getId(), Map.of(OrganisationApprovalVariables.APPROVAL, approve ? "APPROVED" : "DECLINED"));
  }

  /** The process's record of the decision (Task_RecordApproval): approved organisations can be given requests. */
  @Transactional
  public void recordDecision(long organisationId, boolean approved) {
    jdbc.update("update organisation set status = ? where id = ? and status = 'AWAITING_APPROVAL'",
        (approved ? OrganisationStatus.APPROVED : OrganisationStatus.DECLINED).name(), organisationId);
  }

  private long insert(NewOrganisation o, OrganisationStatus status, String description) {
    String name = trim(o.name());
    if (name == null || name.length() > 200) {
      throw new OrganisationValidationException("name", "enter the organisation's name (up to 200 characters)");
    }
    if (findByName(name).isPresent()) {
      throw new OrganisationValidationException("name", "an organisation with this name is already recorded");
    }
    OrganisationKind kind = enumValue(OrganisationKind.class, o.kind()).orElseThrow(() ->
        new OrganisationValidationException("kind", "use SHOP, BUSINESS, CHARITY or COMMUNITY_GROUP"));
    String email = trim(o.contactEmail());
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      throw new OrganisationValidationException("contactEmail", "enter an email address like name@example.org");
    }
    String phone = trim(o.contactPhone());
    if (phone != null && !phone.replaceAll("[\\s()-]", "").matches("^\\+?[0-9]{10,13}$")) {
      throw new OrganisationValidationException("contactPhone", "enter a UK phone number like 01744 900123");
    }
    if (email == null && phone == null) {
      throw new OrganisationValidationException("contactPhone", "give a phone number or an email to reach them by");
    }
    Set<Skill> offers = new LinkedHashSet<>();
    for (String value : o.offers() == null ? List.<String>of() : o.offers()) {
      offers.add(enumValue(Skill.class, value).orElseThrow(() ->
          new OrganisationValidationException("offers", "'" + value + "' is not a kind of help; use "
              + List.of(Skill.values()))));
    }
    if (offers.isEmpty()) {
      throw new OrganisationValidationException("offers", "say what the organisation can help with");
    }
    if (o.capacity() == null || o.capacity() < 1 || o.capacity() > 10_000) {
      throw new OrganisationValidationException("capacity", "how many requests it can take on at once (1 to 10000)");
    }
    Set<String> districts = new LinkedHashSet<>();
    for (String value : o.districts() == null ? List.<String>of() : o.districts()) {
      String code = value == null ? "" : value.trim().toUpperCase(Locale.UK);
      if (!area.isDistrict(code)) {
        throw new OrganisationValidationException("districts", "'" + code + "' is not a district of the council area");
      }
      districts.add(code);
    }
    if (districts.isEmpty()) {
      throw new OrganisationValidationException("districts", "give at least one district the organisation serves");
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          insert into organisation (name, name_key, kind, contact_name, contact_phone, contact_email, capacity,
                                    capacity_left, created_at, status, offer_description)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      insert.setString(1, name);
      insert.setString(2, name.toLowerCase(Locale.ROOT));
      insert.setString(3, kind.name());
      insert.setString(4, trim(o.contactName()));
      insert.setString(5, phone);
      insert.setString(6, email);
      insert.setInt(7, o.capacity());
      insert.setInt(8, o.capacity());
      insert.setObject(9, clock.instant().atOffset(ZoneOffset.UTC));
      insert.setString(10, status.name());
      insert.setString(11, description);
      return insert;
    }, key);
    long id = key.getKey().longValue();
    offers.forEach(s -> jdbc.update("insert into organisation_skill (organisation_id, skill) values (?, ?)", id, s.name()));
    districts.forEach(d -> jdbc.update("insert into organisation_district (organisation_id, district) values (?, ?)", id, d));
    return id;
  }

  /**
   * A new capacity (requests the organisation can take on at once). The places in use stay taken,
   * so the capacity cannot go below them; the conditional update keeps a place taken meanwhile counted.
   */
  @Transactional
  public void changeCapacity(long organisationId, Integer capacity) {
    Organisation organisation = find(organisationId).orElseThrow(() ->
        new OrganisationValidationException("capacity", "There is no such organisation"));
    if (capacity == null || capacity < 1 || capacity > 10_000) {
      throw new OrganisationValidationException("capacity", "Enter how many requests it can take on at once, from 1 to 10000");
    }
    int inUse = organisation.capacity() - organisation.capacityLeft();
    if (jdbc.update("""
        update organisation set capacity_left = capacity_left + (? - capacity), capacity = ?
        where id = ? and capacity - capacity_left <= ?""", capacity, capacity, organisationId, capacity) == 0) {
      throw new OrganisationValidationException("capacity", "It has " + inUse
          + " requests in hand now: enter at least that many");
    }
  }

  @Transactional(readOnly = true)
  public List<Organisation> all() {
    return jdbc.queryForList("select id from organisation order by name_key", Long.class).stream()
        .map(id -> find(id).orElseThrow()).toList();
  }

  @Transactional(readOnly = true)
  public Optional<Organisation> find(long id) {
    return jdbc.query("""
        select id, name, kind, contact_name, contact_phone, contact_email, capacity, capacity_left, status,
               offer_description
        from organisation where id = ?""", (rs, n) -> new Organisation(rs.getLong(1), rs.getString(2),
        OrganisationKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
        jdbc.queryForList("select skill from organisation_skill where organisation_id = ? order by skill", String.class, id),
        rs.getInt(7), rs.getInt(8),
        jdbc.queryForList("select district from organisation_district where organisation_id = ? order by district",
            String.class, id), OrganisationStatus.valueOf(rs.getString(9)), rs.getString(10)), id).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<Long> findByName(String name) {
    return jdbc.queryForList("select id from organisation where name_key = ?", Long.class,
        name.trim().toLowerCase(Locale.ROOT)).stream().findFirst();
  }

  /** Organisations serving the district that offer every required kind of help and have a place free. */
  @Transactional(readOnly = true)
  public List<Organisation> availableFor(String district, Set<Skill> needs) {
    return jdbc.queryForList("""
        select o.id from organisation o
        join organisation_district d on d.organisation_id = o.id and d.district = ?
        where o.capacity_left > 0 and o.status = 'APPROVED' order by o.name_key""", Long.class, district).stream()
        .map(id -> find(id).orElseThrow())
        .filter(o -> o.offers().containsAll(needs.stream().map(Skill::name).toList()))
        .toList();
  }

  /**
   * Gives a volunteer task to an organisation, taking one of its places. Refused, naming the field
   * organisationName, when it does not serve the district or the need, or has no place free.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void assign(long organisationId, long taskId, long residentId, String district, Set<Skill> needs,
      String assignedBy) {
    Organisation organisation = find(organisationId).orElseThrow();
    if (!organisation.approved()) {
      throw new OrganisationValidationException("organisationName", organisation.name()
          + " is not approved yet: a coordinator approves it first");
    }
    if (!organisation.districts().contains(district)) {
      throw new OrganisationValidationException("organisationName", organisation.name() + " does not serve " + district);
    }
    Set<String> missing = needs.stream().map(Skill::name).filter(s -> !organisation.offers().contains(s))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (!missing.isEmpty()) {
      throw new OrganisationValidationException("organisationName", organisation.name() + " does not offer " + missing);
    }
    // The conditional update is the lock: of two coordinators taking the last place, one updates a row.
    if (jdbc.update("update organisation set capacity_left = capacity_left - 1 where id = ? and capacity_left > 0",
        organisationId) == 0) {
      throw new OrganisationValidationException("organisationName", organisation.name() + " has no place free");
    }
    Instant now = clock.instant();
    jdbc.update("""
        insert into organisation_assignment (task_id, organisation_id, resident_id, assigned_by, assigned_at)
        values (?, ?, ?, ?, ?)""", taskId, organisationId, residentId, assignedBy, now.atOffset(ZoneOffset.UTC));
  }

  /** The organisation's report for a task, once; gives its place back. False when already recorded. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean recordOutcome(long taskId, String outcome, String notes) {
    List<Long> organisation = jdbc.queryForList(
        "select organisation_id from organisation_assignment where task_id = ? and outcome is null", Long.class, taskId);
    if (organisation.isEmpty()) {
      return false;
    }
    jdbc.update("update organisation_assignment set outcome = ?, outcome_notes = ?, reported_at = ? where task_id = ?",
        outcome, notes == null || notes.isBlank() ? null : notes.strip(), clock.instant().atOffset(ZoneOffset.UTC), taskId);
    jdbc.update("update organisation set capacity_left = capacity_left + 1 where id = ? and capacity_left < capacity",
        organisation.get(0));
    return true;
  }

  /** The organisation a task was given to. */
  @Transactional(readOnly = true)
  public Optional<String> nameOfAssigned(long taskId) {
    return jdbc.queryForList("""
        select o.name from organisation_assignment a join organisation o on o.id = a.organisation_id
        where a.task_id = ?""", String.class, taskId).stream().findFirst();
  }

  private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
    if (value == null) {
      return Optional.empty();
    }
    String name = value.trim().toUpperCase(Locale.UK).replace(' ', '_').replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
