package dev.cordon.core.storage;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import java.time.LocalDate;
import java.util.stream.Stream;

/** Duty assignments (責任分工). */
public interface AssignmentStore extends VersionedStore<AssignmentId, Assignment> {
  /** Assignments held on some day of {@code [from, to)}, ordered by id. */
  Stream<Assignment> overlapping(LocalDate from, LocalDate to);
}
