package org.communityhub.dispatch;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityhub.intake.Need;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.Skill;

/**
 * What a request's needs ask of a volunteer: the skills, and the DBS check those skills need,
 * which the volunteers feature decides (volunteer-dbs-requirement.dmn, through DbsRequirement).
 */
record TaskRequirements(Set<Skill> skills, DbsLevel dbs, String summary) {

  static TaskRequirements of(Set<Need> needs, Function<Set<Skill>, DbsLevel> dbsRequiredFor) {
    Set<Skill> skills = EnumSet.noneOf(Skill.class);
    for (Need need : needs) {
      switch (need) {
        case FOOD -> skills.add(Skill.SHOPPING);
        case PRESCRIPTIONS -> skills.add(Skill.PRESCRIPTION_COLLECTION);
        case BEFRIENDING -> skills.add(Skill.BEFRIENDING);
        case TRANSPORT -> skills.add(Skill.DRIVING);
        case DIGITAL -> skills.add(Skill.DIGITAL_HELP);
        default -> {
          // housing, money and mental health go to partners, not volunteers; OTHER needs no skill
        }
      }
    }
    String summary = needs.stream().sorted().map(TaskRequirements::describe).collect(Collectors.joining(", "));
    return new TaskRequirements(skills, dbsRequiredFor.apply(skills), summary.isEmpty() ? "General help" : summary);
  }

  private static String describe(Need need) {
    return switch (need) {
      case FOOD -> "Shopping";
      case PRESCRIPTIONS -> "Collecting a prescription";
      case BEFRIENDING -> "Befriending";
      case TRANSPORT -> "A lift";
      case DIGITAL -> "Help with a phone or computer";
      case FINANCIAL_HARDSHIP -> "Money worries";
      case HOUSING -> "Housing";
      case MENTAL_HEALTH -> "Someone to talk to";
      case OTHER -> "Other help";
    };
  }
}
