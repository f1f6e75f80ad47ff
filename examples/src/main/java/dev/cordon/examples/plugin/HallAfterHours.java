package dev.cordon.examples.plugin;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.report.Text;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteKind;
import dev.cordon.spi.rules.EntryRule;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * HALL-AFTER-HOURS, a rule an organisation adds for itself: a visitor or contractor admitted to a
 * service hall (營業廳) outside its opening hours (營業時間外放行外來人員). Staff arriving early are
 * expected; an outsider let in while the hall is closed means the door was kept by someone who
 * should not have let them in, and the registration there deserves a look.
 *
 * <p>One finding per entry, about the entry record, dated by its local day and rolled up to the
 * hall's owner. It judges each entry on its own ({@link EntryRule}), so it also runs the moment an
 * entry is recorded.
 */
public final class HallAfterHours implements EntryRule {
  /** The rule id. */
  public static final String ID = "HALL-AFTER-HOURS";

  private final LocalTime opens;
  private final LocalTime closes;

  /** Opening hours 08:00–17:30, the halls' published hours in the heating season. */
  public HallAfterHours() {
    this(LocalTime.of(8, 0), LocalTime.of(17, 30));
  }

  /**
   * Opening hours {@code [opens, closes)} in the policy's zone.
   *
   * @throws IllegalArgumentException if {@code closes} is not after {@code opens}
   */
  public HallAfterHours(LocalTime opens, LocalTime closes) {
    this.opens = Objects.requireNonNull(opens, "opens");
    this.closes = Objects.requireNonNull(closes, "closes");
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("a hall closes after it opens: " + opens + "–" + closes);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.LOW;
  }

  @Override
  public Text description() {
    return Text.of("A visitor or contractor admitted to a service hall outside its opening hours "
            + opens + "–" + closes,
        "营业厅营业时间（" + opens + "–" + closes + "）以外放行访客或施工人员");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<Entry> entries = ctx.records().entries(ctx.from(), ctx.to())) {
      entries.filter(e -> e.decision() == Decision.ADMITTED)
          .filter(e -> e.entrant().category() != PersonCategory.EMPLOYEE)
          .forEach(e -> {
            Optional<Site> hall = ctx.records().site(e.site()).filter(s -> s.kind() == SiteKind.SERVICE_HALL);
            LocalTime time = e.at().atZone(ctx.zone()).toLocalTime();
            if (hall.isEmpty() || (!time.isBefore(opens) && time.isBefore(closes))) {
              return;
            }
            ctx.report(FindingDraft.forRecords(Subject.of(SubjectKind.RECORD, e.id().value()),
                Optional.of(hall.get().owner()), e.localDate(ctx.zone()),
                Text.of("Admitted to service hall " + hall.get().id() + " at " + time + ", outside its opening hours "
                        + opens + "–" + closes + " — entry " + e.id(),
                    "营业厅 " + hall.get().id() + " 于 " + time + " 放行外来人员，不在营业时间 " + opens + "–" + closes
                        + " 内 — 登记 " + e.id()),
                List.of(e.id().value())));
          });
    }
  }
}
