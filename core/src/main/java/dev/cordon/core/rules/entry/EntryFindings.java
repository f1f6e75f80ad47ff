package dev.cordon.core.rules.entry;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.report.Text;
import dev.cordon.core.site.Site;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.RuleContext;
import java.util.List;

/** Shared shapes of the entry rules' findings: about the entry record, rolled up to the site's unit. */
public final class EntryFindings {
  private EntryFindings() {}

  /** A finding about one entry, dated by its local day, keyed by its id, rolled up to its site's owner. */
  public static FindingDraft about(RuleContext ctx, Entry e, Text message) {
    return FindingDraft.forRecords(Subject.of(SubjectKind.RECORD, e.id().value()),
        ctx.records().site(e.site()).map(Site::owner), e.localDate(ctx.zone()),
        Text.of(message.en() + " — site " + e.site() + ", entry " + e.id(),
            message.zh() + " — 场所 " + e.site() + "，登记 " + e.id()),
        List.of(e.id().value()));
  }

  /** The Chinese word for a decision. */
  public static String decisionZh(Decision d) {
    return switch (d) {
      case ADMITTED -> "已放行";
      case DENIED -> "已劝返";
      case REFERRED -> "已转介";
    };
  }
}
