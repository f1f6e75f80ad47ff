package dev.cordon.core.storage;

import java.time.Instant;
import java.util.stream.Stream;

/**
 * An append-only log (SPI tier, built by core): the purge log ({@link Storage#purgeLog()}) and the
 * access log ({@link Storage#accessLog()}). A line is written once: {@link #put} is idempotent by id,
 * a different line under a stored id is refused ({@code CORDON-STORE-001}), and no port changes or
 * removes a line — purges and erasures never touch the logs.
 *
 * @param <T> the line type
 */
public interface AuditLog<T> extends RecordStore<String, T> {
  /** The lines written at {@code from <= at < to}, ordered by time then id, streamed. Close the stream. */
  Stream<T> between(Instant from, Instant to);
}
