package dev.cordon.core.storage;

import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Named notices (通報). Notices are immutable: {@link #put} stores a notice once (idempotent by id;
 * a different notice under a stored id is refused, {@code CORDON-STORE-001}) and there is no update.
 *
 * <p><b>Numbering.</b> Document numbers run per year from 1 without gaps or duplicates:
 * {@link #nextNumber} gives one more than the highest sequence stored for the year, and {@link #put}
 * refuses a notice whose year and sequence another notice holds ({@code CORDON-NOTICE-003}). Callers
 * call both inside one {@link Storage#inTransaction} so that two concurrent issuers never get the
 * same number and a failed issue uses none: the memory provider holds its storage lock for the
 * transaction; a JDBC provider keeps a unique key on {@code (year, sequence)} and serialises the
 * {@code max + 1} (a per-year counter row read {@code FOR UPDATE}, or a retry on the unique key).
 */
public interface NoticeStore extends RecordStore<NoticeId, Notice> {
  /** The next free sequence number of {@code year}: 1 for the first notice of the year. */
  int nextNumber(int year);

  /** Notices issued on the local days {@code [from, to)}, ordered by date, then year and sequence. */
  Stream<Notice> between(LocalDate from, LocalDate to);
}
