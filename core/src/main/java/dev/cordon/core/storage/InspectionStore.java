package dev.cordon.core.storage;

import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.InspectionId;

/**
 * Inspections (檢查督導). An inspection is written once and never changed: {@link #put} is
 * idempotent by id, and a different inspection under a stored id is refused
 * ({@code CORDON-STORE-001}).
 */
public interface InspectionStore extends RecordStore<InspectionId, Inspection>, InspectionQueries {}
