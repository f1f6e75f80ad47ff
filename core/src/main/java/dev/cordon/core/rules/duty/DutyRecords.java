package dev.cordon.core.rules.duty;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The assignments of a check run, read once. */
final class DutyRecords {
  private DutyRecords() {}

  /** The assignments held on some day of the run, ordered by id. */
  static List<Assignment> assignments(RuleContext ctx) {
    try (Stream<Assignment> s = ctx.records().assignments(ctx.from(), ctx.to())) {
      return s.sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }
  }

  /** The assignments of {@code role} for {@code scope} held on {@code day}. */
  static List<Assignment> holders(List<Assignment> all, Role role, Scope scope, LocalDate day) {
    return all.stream().filter(a -> a.role() == role && a.scope().equals(scope) && a.isHeldOn(day)).toList();
  }

  /** The Chinese name of a role. */
  static String roleZh(Role role) {
    return switch (role) {
      case LIAISON_LEADER -> "联系点领导";
      case SUPERVISING_LEADER -> "分管领导";
      case SITE_RESPONSIBLE -> "场所责任人";
      case UNIT_PRINCIPAL -> "单位负责人";
      case PREVENTION_OFFICE -> "防控办成员";
    };
  }
}
