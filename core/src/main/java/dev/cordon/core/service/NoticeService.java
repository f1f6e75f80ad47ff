package dev.cordon.core.service;

import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeDraft;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Named notices of criticism (實名通報批評) [R3]: built only from findings that were analysed and
 * verified (分析甄別) — CONFIRMED or RECTIFIED. A draft citing an OPEN or DISMISSED finding is refused
 * ({@code CORDON-NOTICE-001}) and nothing is numbered. An issued notice is immutable and carries the
 * next number of its year ({@code 包热防通〔2021〕3号}), assigned atomically by the storage.
 */
public final class NoticeService {
  private final Storage storage;
  private final PolicyHistory policies;
  private final PlausibleDates dates;

  /** Notices under {@code policies}, judging issue dates against their plausible window and the system clock. */
  NoticeService(Storage storage, PolicyHistory policies) {
    this(storage, policies, Clock.systemUTC());
  }

  /**
   * Notices under {@code policies}; a draft issued outside their plausible window is refused
   * ({@code CORDON-DATE-002}), today being the date of {@code clock}.
   */
  NoticeService(Storage storage, PolicyHistory policies, Clock clock) {
    this.storage = storage;
    this.policies = policies;
    this.dates = new PlausibleDates(policies, clock);
  }

  /**
   * Issues a notice: checks the findings, units, issuer and issuing person, numbers it within the
   * year of its local issue day and stores it, in one transaction. Issuing a draft whose id is
   * already issued with the same content returns that notice (no second number); with other
   * content it is refused ({@code CORDON-STORE-001}).
   */
  public Notice issue(NoticeDraft draft) {
    return storage.inTransaction(() -> {
      Optional<Notice> issued = storage.notices().get(draft.id());
      if (issued.isPresent()) {
        if (sameContent(issued.get(), draft)) {
          return issued.get();
        }
        throw StorageErrors.conflict(draft.id().value());
      }
      List<Violation> v = new ArrayList<>();
      dates.check(v, "issuedAt", draft.issuedAt());
      References.require(v, storage.units(), draft.issuer(), "issuer", "unit");
      References.require(v, storage.people(), draft.issuedBy(), "issuedBy", "person");
      Set<UnitId> fromFindings = new LinkedHashSet<>();
      for (int i = 0; i < draft.findings().size(); i++) {
        FindingId id = draft.findings().get(i);
        Optional<Finding> f = storage.findings().get(id);
        if (f.isEmpty()) {
          v.add(StorageErrors.unknownReference("findings[" + i + "]", id.value(), "finding"));
        } else if (f.get().status() != FindingStatus.CONFIRMED && f.get().status() != FindingStatus.RECTIFIED) {
          v.add(CordonErrors.noticeCitesUnconfirmed("findings[" + i + "]", id.value(), f.get().status()));
        } else {
          f.get().unit().ifPresent(fromFindings::add);
        }
      }
      for (int i = 0; i < draft.units().size(); i++) {
        References.require(v, storage.units(), draft.units().get(i), "units[" + i + "]", "unit");
      }
      List<UnitId> units = draft.units().isEmpty() ? new ArrayList<>(fromFindings) : draft.units();
      if (units.isEmpty() && v.isEmpty()) {
        v.add(CordonErrors.noticeWithoutUnits("units"));
      }
      References.throwIfAny(v);
      LocalDate day = draft.issuedAt().atZone(policies.latest().zone()).toLocalDate();
      int year = day.getYear();
      Notice notice = Notice.builder().id(draft.id()).numberPrefix(draft.numberPrefix()).year(year)
          .sequence(storage.notices().nextNumber(year)).title(draft.title()).body(draft.body())
          .issuer(draft.issuer()).units(units).findings(draft.findings()).issuedBy(draft.issuedBy())
          .issuedAt(draft.issuedAt()).date(day).build();
      storage.notices().put(notice);
      return notice;
    });
  }

  /** The notice with {@code id}. */
  public Optional<Notice> get(NoticeId id) {
    return storage.notices().get(id);
  }

  /** Notices issued on the local days {@code [from, to)}, in the order of their numbers. */
  public List<Notice> between(LocalDate from, LocalDate to) {
    try (Stream<Notice> s = storage.notices().between(from, to)) {
      return s.toList();
    }
  }

  private static boolean sameContent(Notice n, NoticeDraft d) {
    return n.numberPrefix().equals(d.numberPrefix()) && n.title().equals(d.title()) && n.body().equals(d.body())
        && n.issuer().equals(d.issuer()) && n.findings().equals(d.findings()) && n.issuedBy().equals(d.issuedBy())
        && n.issuedAt().equals(d.issuedAt()) && (d.units().isEmpty() || n.units().equals(d.units()));
  }
}
