package dev.cordon.core.rules.notice;

import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Review;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * NOTICE-UNREVIEWED (通報未經甄別) [R3]: a notice names a finding that had not been confirmed when
 * the notice was issued — one that is OPEN or DISMISSED, that is not stored, or whose confirmation
 * came after the notice. {@code NoticeService} refuses such notices; this rule catches those stored
 * some other way (imported, written to storage directly).
 *
 * <p>One finding per notice, dated by its day of issue; the evidence is the notice and the
 * findings at fault.
 */
public final class NoticeUnreviewed implements Rule {
  /** The rule id. */
  public static final String ID = "NOTICE-UNREVIEWED";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.HIGH;
  }

  @Override
  public Text description() {
    return Text.of("A notice names a finding that was never confirmed", "通报引用了未经甄别确认的问题");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<Notice> notices = ctx.records().notices(ctx.from(), ctx.to())) {
      notices.forEach(n -> {
        List<String> unreviewed = new ArrayList<>();
        for (FindingId id : n.findings()) {
          Optional<Finding> f = ctx.records().finding(id);
          if (f.isEmpty() || !wasConfirmedBy(f.get(), n)) {
            unreviewed.add(id.value());
          }
        }
        if (unreviewed.isEmpty()) {
          return;
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(n.id().value());
        evidence.addAll(unreviewed);
        String ids = String.join(", ", unreviewed);
        ctx.report(FindingDraft.forRecords(Subject.of(SubjectKind.RECORD, n.id().value()), Optional.of(n.issuer()),
            n.date(),
            Text.of("Notice " + n.number() + " (" + n.id() + ") names findings not confirmed when it was issued: " + ids,
                "通报 " + n.number() + "（" + n.id() + "）引用了发布时未经甄别确认的问题：" + ids),
            evidence).about(n.id().value()));
      });
    }
  }

  /** Whether {@code f} stood CONFIRMED (or since RECTIFIED) when {@code n} was issued. */
  private static boolean wasConfirmedBy(Finding f, Notice n) {
    if (f.status() != FindingStatus.CONFIRMED && f.status() != FindingStatus.RECTIFIED) {
      return false;
    }
    return f.review().map(Review::at).map(at -> !at.isAfter(n.issuedAt())).orElse(false);
  }
}
