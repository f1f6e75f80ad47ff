package dev.cordon.core.service;

import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.Storage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The records a finding holds as evidence on a day (法律保全): a finding that is open or confirmed
 * holds its evidence and its subject without end; a finding that was closed — dismissed, or
 * rectified — holds them for the policy's {@code retention.holdDays} after it closed, or after the
 * last notice naming it was issued, whichever is later. Held records are neither purged nor erased.
 */
final class LegalHolds {
  private final Set<String> held;

  private LegalHolds(Set<String> held) {
    this.held = held;
  }

  /** The holds on {@code asOf}, read from the stored findings and notices. */
  static LegalHolds on(Storage storage, PolicyHistory policies, LocalDate asOf) {
    ZoneId zone = storage.zone();
    Map<FindingId, LocalDate> named = new HashMap<>();
    try (Stream<Notice> notices = storage.notices().all()) {
      notices.forEach(n -> n.findings().forEach(f -> named.merge(f, n.date(), (a, b) -> a.isAfter(b) ? a : b)));
    }
    Set<String> held = new HashSet<>();
    try (Stream<Finding> findings = storage.findings().all()) {
      findings.forEach(f -> {
        if (holds(f, named.get(f.id()), policies, asOf, zone)) {
          held.addAll(f.evidence());
          held.add(f.subject().id());
        }
      });
    }
    return new LegalHolds(held);
  }

  static boolean holds(Finding f, LocalDate namedOn, PolicyHistory policies, LocalDate asOf, ZoneId zone) {
    Optional<LocalDate> closed = closedOn(f, zone);
    if (closed.isEmpty()) {
      return true;
    }
    LocalDate from = namedOn != null && namedOn.isAfter(closed.get()) ? namedOn : closed.get();
    int days = PersonalDataService.policyOn(policies, from).retention().holdDays();
    return !asOf.isAfter(from.plusDays(days));
  }

  /** The day a finding was closed: dismissed on its review's day, rectified on its rectification day. */
  static Optional<LocalDate> closedOn(Finding f, ZoneId zone) {
    if (f.status() == FindingStatus.DISMISSED) {
      return f.review().map(r -> r.at().atZone(zone).toLocalDate()).or(() -> Optional.of(f.date()));
    }
    if (f.status() == FindingStatus.RECTIFIED) {
      return f.rectifiedOn().or(() -> f.review().map(r -> r.at().atZone(zone).toLocalDate()));
    }
    return Optional.empty();
  }

  /** Whether the record with id text {@code id} is some finding's held evidence or subject. */
  boolean holds(String id) {
    return held.contains(id);
  }

  /** How many record ids are held. */
  int size() {
    return held.size();
  }
}
