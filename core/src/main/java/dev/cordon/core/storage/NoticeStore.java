package dev.cordon.core.storage;

import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;

/**
 * Named notices (通報). Notices are immutable: {@link #put} stores a notice once (idempotent by id;
 * a different notice under a stored id is refused, {@code CORDON-STORE-001}) and there is no update.
 *
 * <p><b>Numbering.</b> Document numbers run per year from 1 without gaps or duplicates:
 * {@link #nextNumber} gives one more than the highest sequence stored for the year, and {@link #put}
 * refuses a notice whose year and sequence another notice holds ({@code CORDON-NOTICE-003}). Callers
 * call both inside one {@link Storage#inTransaction} so that two concurrent issuers never get the
 * same number and a failed issue uses none: core takes the year's {@link LockKey.NoticeYear} lock in
 * both, which the transaction holds to its end.
 */
public interface NoticeStore extends RecordStore<NoticeId, Notice>, NoticeQueries {
  /** The next free sequence number of {@code year}: 1 for the first notice of the year. */
  int nextNumber(int year);
}
