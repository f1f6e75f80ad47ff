package dev.cordon.core.storage;

import dev.cordon.core.disinfection.DisinfectionRecord;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Queries over the disinfection log (SPI tier: an optional capability). Core answers them from the tables; a
 * provider that can answer faster offers this interface through {@link Storage#capability} and is
 * held to the same contract by the conformance kit. The port {@link DisinfectionLog} extends it.
 */
public interface DisinfectionQueries {
  /** Records with {@code from <= at < to}, ordered by instant then id. */
  Stream<DisinfectionRecord> between(Instant from, Instant to);
}
