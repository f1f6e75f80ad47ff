package dev.cordon.compliance;

import dev.cordon.Cordon;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.Rank;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A small organisation in Baotou, October 2021, stored in a fresh {@code memory:} Cordon. */
final class Fixture {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitId GROUP = UnitId.of("group");
  static final UnitId BRANCH = UnitId.of("branch");
  static final UnitId TEAM = UnitId.of("team");
  static final UnitId OTHER = UnitId.of("other");
  static final PersonId BOSS = PersonId.of("boss");
  static final PersonId OFFICE = PersonId.of("office");
  static final PersonId LI = PersonId.of("li");
  static final SiteId HALL = SiteId.of("hall");

  private Fixture() {}

  static LocalDate oct(int day) {
    return LocalDate.of(2021, 10, day);
  }

  static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
  }

  /** group ← branch ← team, group ← other; a group leader, an office clerk, a branch employee, a hall. */
  static Cordon open() {
    Cordon c = Cordon.open("memory:");
    c.directory().register(Unit.builder().id(GROUP).name("包头热力集团").kind(UnitKind.GROUP).headcount(50).build());
    c.directory().register(Unit.builder().id(BRANCH).name("东河分公司").kind(UnitKind.GRASSROOTS_UNIT).parent(GROUP)
        .headcount(10).build());
    c.directory().register(Unit.builder().id(TEAM).name("维修班").kind(UnitKind.GRASSROOTS_UNIT).parent(BRANCH)
        .headcount(5).build());
    c.directory().register(Unit.builder().id(OTHER).name("物业公司").kind(UnitKind.PROPERTY_SERVICE).parent(GROUP)
        .headcount(8).build());
    c.directory().register(person(BOSS, GROUP, Rank.GROUP_LEADER));
    c.directory().register(person(OFFICE, GROUP, Rank.STAFF));
    c.directory().register(person(LI, BRANCH, Rank.STAFF));
    c.directory().register(Site.builder().id(HALL).name("东河营业厅").kind(SiteKind.SERVICE_HALL).owner(BRANCH)
        .region(RegionCode.of("150202")).build());
    return c;
  }

  static Person person(PersonId id, UnitId unit, Rank rank) {
    return Person.builder().id(id).name("张伟").category(PersonCategory.EMPLOYEE).unit(unit).rank(rank).build();
  }

  /** Stores an OPEN finding directly. */
  static Finding finding(Cordon c, String id, String rule, Severity severity, UnitId unit, LocalDate date) {
    Finding f = Finding.builder().id(FindingId.of(id)).ruleId(rule).severity(severity)
        .subject(Subject.of(SubjectKind.UNIT, unit.value())).unit(unit).date(date).messageEn("found")
        .messageZh("发现问题").build();
    c.storage().findings().put(f);
    return f;
  }
}
