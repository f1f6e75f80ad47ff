package dev.cordon.core.storage;

import dev.cordon.core.duty.Scope;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.InspectionId;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Inspections (檢查督導). An inspection is written once and never changed: {@link #put} is
 * idempotent by id, and a different inspection under a stored id is refused
 * ({@code CORDON-STORE-001}).
 *
 * <p>For providers: an inspection is one row keyed by id with the indexed columns {@code date} and
 * the scope ({@link Scope#key()}, e.g. {@code site:hall-1}); the checklist and results may be kept
 * as a JSON document (they are read whole, never queried inside).
 */
public interface InspectionStore extends RecordStore<InspectionId, Inspection> {
  /** Inspections dated on {@code [from, to)}, ordered by date then id. Close the stream. */
  Stream<Inspection> between(LocalDate from, LocalDate to);

  /** Every inspection of {@code scope}, ordered by date then id. Close the stream. */
  Stream<Inspection> of(Scope scope);
}
