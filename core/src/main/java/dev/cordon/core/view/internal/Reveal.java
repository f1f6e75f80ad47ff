package dev.cordon.core.view.internal;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.storage.AuditLog;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import dev.cordon.core.validation.CordonValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A reveal (查阅授权): who asked to see personal values unmasked and why, through which view. Each
 * read that shows personal values writes one {@link AccessRecord} to the access log.
 */
public final class Reveal {
  private final String by;
  private final String reason;
  private final Clock clock;

  private Reveal(String by, String reason, Clock clock) {
    this.by = by;
    this.reason = reason;
    this.clock = clock;
  }

  /**
   * A reveal by {@code by} for {@code reason}, both required and plain text (the limits of an
   * {@link AccessRecord}).
   *
   * @throws CordonValidationException {@code CORDON-SCOPE-003} when either is missing or blank, or the
   *     access log's own codes when either is too long or holds a bidi control
   */
  public static Reveal of(String by, String reason, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    if (by == null || by.isBlank()) {
      throw new CordonValidationException(CordonErrors.revealUnexplained("by"));
    }
    if (reason == null || reason.isBlank()) {
      throw new CordonValidationException(CordonErrors.revealUnexplained("reason"));
    }
    Reveal r = new Reveal(by.strip(), reason.strip(), clock);
    Validation.require(r.line(Optional.empty(), "reveal", List.of(), 0, clock.instant()));
    return r;
  }

  /** Who asked. */
  public String by() {
    return by;
  }

  /** Why. */
  public String reason() {
    return reason;
  }

  /**
   * Writes one line to {@code log}: {@code what} was read through the view of {@code scope}, showing
   * the personal values of {@code records} ({@code kind:id}); nothing when {@code records} is empty.
   */
  void log(AuditLog<AccessRecord> log, Optional<UnitId> scope, String what, List<String> records) {
    if (records.isEmpty()) {
      return;
    }
    Instant at = clock.instant();
    List<String> listed = records.size() > AccessRecord.MAX_LISTED ? records.subList(0, AccessRecord.MAX_LISTED) : records;
    log.put(Validation.require(line(scope, what, listed, records.size(), at)));
  }

  private AccessRecord line(Optional<UnitId> scope, String what, List<String> records, int count, Instant at) {
    String w = what.length() > 200 ? what.substring(0, 200) : what;
    return AccessRecord.builder().id("access-" + at + "-" + UUID.randomUUID().toString().substring(0, 8))
        .at(at).by(by).reason(reason).scope(scope).what(w).records(List.copyOf(records)).count(count).build();
  }

  @Override
  public String toString() {
    return "Reveal[by " + by + "]";
  }
}
