package dev.cordon.core.storage;

import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Queries over notices (SPI tier: an optional capability). Core answers them from the tables; a
 * provider that can answer faster offers this interface through {@link Storage#capability} and is
 * held to the same contract by the conformance kit. The port {@link NoticeStore} extends it.
 */
public interface NoticeQueries {
  /** Notices issued on the local days {@code [from, to)}, ordered by date, then year and sequence. */
  Stream<Notice> between(LocalDate from, LocalDate to);

  /** The highest sequence number stored for {@code year}; 0 if there is none. */
  int highestNumber(int year);

  /** The notice that holds number {@code sequence} of {@code year}, if any. */
  Optional<NoticeId> holderOf(int year, int sequence);
}
