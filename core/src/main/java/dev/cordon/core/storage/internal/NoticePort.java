package dev.cordon.core.storage.internal;

import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.LockKey;
import dev.cordon.core.storage.NoticeQueries;
import dev.cordon.core.storage.NoticeStore;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Notices, numbered per year without gaps or duplicates, the same for every provider. Both
 * {@link #nextNumber} and a write take the {@link LockKey.NoticeYear} lock of their years, held to
 * the end of the transaction: so {@code nextNumber} then {@code put} in one transaction is one step
 * for every process sharing the database, and a rolled-back issue leaves its number free. A write
 * refuses a notice whose number another notice holds ({@code CORDON-NOTICE-003}).
 */
final class NoticePort extends Port<NoticeId, Notice> implements NoticeStore {
  NoticePort(Storage s) {
    super(s, RecordKind.NOTICES);
  }

  private NoticeQueries q() {
    return queries(NoticeQueries.class, Scans.Notices::new);
  }

  @Override
  BatchOutcome write(RecordTable<NoticeId, Notice> table, List<? extends Notice> values) {
    TreeSet<Integer> years = new TreeSet<>();
    values.forEach(n -> years.add(n.year()));
    years.forEach(y -> storage.lock(new LockKey.NoticeYear(y)));
    Map<NoticeId, List<Notice>> known = table.versions(ids(values));
    NoticeQueries q = q();
    Map<List<Integer>, NoticeId> held = new HashMap<>();
    for (Notice n : values) {
      if (known.containsKey(n.id())) {
        continue; // present or a conflict by id: judged below
      }
      List<Integer> number = List.of(n.year(), n.sequence());
      NoticeId holder = held.containsKey(number) ? held.get(number) : q.holderOf(n.year(), n.sequence()).orElse(null);
      if (holder != null && !holder.equals(n.id())) {
        throw StorageErrors.noticeNumberTaken(n.number(), holder.value());
      }
      held.put(number, n.id());
    }
    return write(table, values, known);
  }

  @Override
  public int nextNumber(int year) {
    table();
    return storage.inRetryableTransaction(() -> {
      storage.lock(new LockKey.NoticeYear(year));
      return q().highestNumber(year) + 1;
    });
  }

  @Override
  public Stream<Notice> between(LocalDate from, LocalDate to) {
    return q().between(from, to);
  }

  @Override
  public int highestNumber(int year) {
    return q().highestNumber(year);
  }

  @Override
  public Optional<NoticeId> holderOf(int year, int sequence) {
    return q().holderOf(year, sequence);
  }
}
