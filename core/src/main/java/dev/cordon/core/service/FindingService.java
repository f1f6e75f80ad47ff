package dev.cordon.core.service;

import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingFilter;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Review;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The review of findings (分析甄別) [R3] and queries over them.
 *
 * <p>A finding moves OPEN → CONFIRMED (確認) or DISMISSED (排除, with a reason), and CONFIRMED →
 * RECTIFIED (整改). Any other move is refused with {@code CORDON-FINDING-001}. Every step is stored
 * as a new version, so {@link #history} is the review trail. A re-run of the checks never resets a
 * review. Only CONFIRMED and RECTIFIED findings may be cited in a named notice.
 *
 * <p>A step repeated with the same content (the same reviewer and instant, the same reason, the
 * same day) returns the finding as it is and stores nothing, so that a review script can run again;
 * a different review of a finding already reviewed is still refused.
 */
public final class FindingService {
  private final Storage storage;
  private final PolicyHistory policies;

  FindingService(Storage storage, PolicyHistory policies) {
    this.storage = storage;
    this.policies = policies;
  }

  /**
   * Confirms an OPEN finding after analysis (甄別確認); a finding already confirmed by {@code reviewer}
   * at {@code at} is returned as it is.
   */
  public Finding confirm(FindingId id, PersonId reviewer, Instant at) {
    Review review = Validation.require(Review.of(reviewer, at, null));
    return step(id, FindingStatus.CONFIRMED, f -> f.review().equals(Optional.of(review)), f -> {
      requireReviewer(reviewer);
      return Finding.builder().from(f).status(FindingStatus.CONFIRMED).review(review).build();
    });
  }

  /**
   * Dismisses an OPEN finding (排除), e.g. a false alarm; {@code reason} is required. A finding already
   * dismissed by {@code reviewer} at {@code at} for the same reason is returned as it is.
   */
  public Finding dismiss(FindingId id, PersonId reviewer, Instant at, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new CordonValidationException(CordonErrors.dismissalWithoutReason("reason"));
    }
    Review review = Validation.require(Review.of(reviewer, at, reason.strip()));
    return step(id, FindingStatus.DISMISSED, f -> f.review().equals(Optional.of(review)), f -> {
      requireReviewer(reviewer);
      return Finding.builder().from(f).status(FindingStatus.DISMISSED).review(review).build();
    });
  }

  /**
   * Records that a CONFIRMED finding was put right (整改完成) on {@code day}; a finding already
   * rectified on {@code day} is returned as it is.
   */
  public Finding rectify(FindingId id, LocalDate day) {
    return step(id, FindingStatus.RECTIFIED, f -> f.rectifiedOn().equals(Optional.of(day)), f -> {
      Optional<LocalDate> confirmed = f.review()
          .map(r -> r.at().atZone(policies.latest().zone()).toLocalDate());
      if (confirmed.isPresent() && day.isBefore(confirmed.get())) {
        throw new CordonValidationException(CordonErrors.rectifiedBeforeConfirmed("day", day,
            confirmed.get()));
      }
      return Finding.builder().from(f).status(FindingStatus.RECTIFIED).rectifiedOn(day).build();
    });
  }

  /** The finding with {@code id}, in its latest version. */
  public Optional<Finding> get(FindingId id) {
    return storage.findings().get(id);
  }

  /** Every version of a finding, oldest first: found, (extended,) confirmed or dismissed, rectified. */
  public List<Finding> history(FindingId id) {
    return storage.findings().history(id);
  }

  /**
   * The findings dated on {@code [from, to)} that pass {@code filter}, ordered by date then id. The
   * unit condition takes the unit's whole subtree (層層傳導).
   */
  public List<Finding> find(LocalDate from, LocalDate to, FindingFilter filter) {
    Set<UnitId> units = filter.unit().map(u -> new Directory(storage).subtree(u)).orElse(null);
    try (Stream<Finding> s = storage.findings().between(from, to)) {
      return s.filter(filter::matchesIgnoringUnit)
          .filter(f -> units == null || f.unit().filter(units::contains).isPresent())
          .toList();
    }
  }

  // done: whether a finding already in the target status got there by this very step
  private Finding step(FindingId id, FindingStatus target, Predicate<Finding> done, UnaryOperator<Finding> change) {
    return storage.inTransaction(() -> {
      Finding current = storage.findings().get(id).orElseThrow(() -> new CordonValidationException(
          StorageErrors.unknownReference("id", id.value(), "finding")));
      if (current.status() == target && done.test(current)) {
        return current;
      }
      if (!current.status().canMoveTo(target)) {
        throw new CordonValidationException(CordonErrors.findingTransition("status", current.status().name(),
            current.status(), target));
      }
      Finding next = change.apply(current);
      storage.findings().update(next);
      return next;
    });
  }

  private void requireReviewer(PersonId reviewer) {
    List<Violation> v = new ArrayList<>();
    References.require(v, storage.people(), reviewer, "reviewer", "person");
    References.throwIfAny(v);
  }
}
