package org.communityhub.volunteers;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Set;

/**
 * What dispatch asks of the volunteers register when it looks for someone to offer a task to.
 *
 * @param district where the help is needed
 * @param reach where the volunteer may live: the district, a neighbouring one, anywhere
 * @param days days of the week the task's window touches; the volunteer is free on one of them
 * @param skills every skill the task needs
 * @param dbs the DBS check the task needs (a valid certificate of this level or higher)
 * @param preferred volunteers to rank first when they pass the filters (helped this resident before)
 * @param excluded volunteers not to ask (asked already in this round)
 * @param timesOfDay parts of the day the task's window touches; the volunteer is free at one of them
 *     (a volunteer who gave no times is free at any); empty: any time
 */
public record MatchRequest(String district, Reach reach, Set<DayOfWeek> days, Set<Skill> skills, DbsLevel dbs,
    Collection<Long> preferred, Collection<Long> excluded, Set<TimeOfDay> timesOfDay) {

  /** Any time of day. */
  public MatchRequest(String district, Reach reach, Set<DayOfWeek> days, Set<Skill> skills, DbsLevel dbs,
      Collection<Long> preferred, Collection<Long> excluded) {
    this(district, reach, days, skills, dbs, preferred, excluded, Set.of());
  }

  public enum Reach { DISTRICT, NEIGHBOURS, BOROUGH }
}
