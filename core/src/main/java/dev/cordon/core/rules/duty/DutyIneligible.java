package dev.cordon.core.rules.duty;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.Role;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.Rank;
import dev.cordon.core.report.Text;
import dev.cordon.core.rules.Scopes;
import dev.cordon.core.site.Site;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * DUTY-INELIGIBLE (責任人不符合條件) [R2]: a LIAISON_LEADER who is not of GROUP_LEADER rank (聯繫點
 * 領導由集團領導擔任), or a SITE_RESPONSIBLE who does not belong to the site's owner unit.
 *
 * <p>One finding per assignment, about the assignment, dated by the first day it is held within
 * the checked range.
 */
public final class DutyIneligible implements Rule {
  /** The rule id. */
  public static final String ID = "DUTY-INELIGIBLE";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.MEDIUM;
  }

  @Override
  public Text description() {
    return Text.of("A liaison leader who is not a group leader, or a site responsible from another unit",
        "联系点领导非集团领导，或场所责任人不属于场所所属单位");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Assignment a : DutyRecords.assignments(ctx)) {
      Optional<Person> person = ctx.records().person(a.person());
      if (person.isEmpty()) {
        continue;
      }
      Text why = null;
      if (a.role() == Role.LIAISON_LEADER && person.get().rank() != Rank.GROUP_LEADER) {
        why = Text.of("liaison leader " + a.person() + " of unit " + a.scope().unit().map(Object::toString).orElse("?")
                + " is of rank " + person.get().rank() + ", not GROUP_LEADER",
            "单位 " + a.scope().unit().map(Object::toString).orElse("?") + " 的联系点领导 " + a.person()
                + " 不是集团领导（职级 " + person.get().rank() + "）");
      } else if (a.role() == Role.SITE_RESPONSIBLE && a.scope().site().isPresent()) {
        Optional<Site> site = ctx.records().site(a.scope().site().get());
        if (site.isPresent() && !person.get().unit().equals(Optional.of(site.get().owner()))) {
          String from = person.get().unit().map(Object::toString).orElse("-");
          why = Text.of("site responsible " + a.person() + " of site " + site.get().id() + " belongs to unit " + from
                  + ", not to its owner " + site.get().owner(),
              "场所 " + site.get().id() + " 的责任人 " + a.person() + " 属于单位 " + from + "，而非场所所属单位 "
                  + site.get().owner());
        }
      }
      if (why == null) {
        continue;
      }
      LocalDate first = a.validFrom().isBefore(ctx.from()) ? ctx.from() : a.validFrom();
      ctx.report(FindingDraft.forRecords(Subject.of(SubjectKind.RECORD, a.id().value()),
          Scopes.unitOf(ctx.records(), a.scope()), first,
          Text.of("Ineligible: " + why.en() + " (assignment " + a.id() + ")",
              "人选不符合条件：" + why.zh() + "（分工 " + a.id() + "）"),
          List.of(a.id().value())));
    }
  }
}
