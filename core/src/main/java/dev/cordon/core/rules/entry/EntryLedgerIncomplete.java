package dev.cordon.core.rules.entry;

import dev.cordon.core.validation.PersonalField;

import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.EntryRule;
import dev.cordon.spi.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * ENTRY-LEDGER-INCOMPLETE (登記臺賬不全): a visitor's or contractor's ledger row without a name
 * (姓名), phone (聯繫電話), purpose (來訪事由) or host (被訪人) [P2]. The row is real evidence: it is
 * stored and flagged whatever was decided. One finding per entry; employees are identified by id
 * and are not judged.
 */
public final class EntryLedgerIncomplete implements EntryRule {
  /** The rule id. */
  public static final String ID = "ENTRY-LEDGER-INCOMPLETE";

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
    return Text.of("A visitor's ledger row without name, phone, purpose or host",
        "来访人员登记缺少姓名、电话、事由或被访人");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<Entry> entries = ctx.records().entries(ctx.from(), ctx.to())) {
      entries.filter(e -> !e.entrant().isEmployee()).forEach(e -> {
        Entrant who = e.entrant();
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        if (!who.had(PersonalField.NAME)) {
          en.add("name");
          zh.add("姓名");
        }
        if (!who.had(PersonalField.PHONE)) {
          en.add("phone");
          zh.add("联系电话");
        }
        if (!who.had(PersonalField.PURPOSE)) {
          en.add("purpose");
          zh.add("来访事由");
        }
        if (!who.had(PersonalField.HOST)) {
          en.add("host");
          zh.add("被访人");
        }
        if (!en.isEmpty()) {
          ctx.report(EntryFindings.about(ctx, e, Text.of(
              "Ledger row of a " + who.category().name().toLowerCase(java.util.Locale.ROOT) + " without "
                  + String.join(", ", en),
              "来访登记缺少" + String.join("、", zh))));
        }
      });
    }
  }
}
