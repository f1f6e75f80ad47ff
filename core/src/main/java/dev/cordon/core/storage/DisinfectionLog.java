package dev.cordon.core.storage;

import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.disinfection.DisinfectionRecordId;
import java.time.Instant;
import java.util.stream.Stream;

/** The disinfection log (消殺記錄), append-only. */
public interface DisinfectionLog extends LedgerStore<DisinfectionRecordId, DisinfectionRecord> {
  /** Records with {@code from <= at < to}, ordered by instant then id. */
  Stream<DisinfectionRecord> between(Instant from, Instant to);
}
