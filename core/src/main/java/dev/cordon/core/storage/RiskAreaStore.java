package dev.cordon.core.storage;

import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskAreaId;
import java.time.LocalDate;
import java.util.stream.Stream;

/** Published medium/high-risk areas (中高風險地區). */
public interface RiskAreaStore extends VersionedStore<RiskAreaId, RiskArea> {
  /** Areas in force on some day of {@code [from, to)}, ordered by id. */
  Stream<RiskArea> overlapping(LocalDate from, LocalDate to);
}
