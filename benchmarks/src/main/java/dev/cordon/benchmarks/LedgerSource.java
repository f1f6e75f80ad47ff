package dev.cordon.benchmarks;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.org.Unit;
import dev.cordon.core.person.Person;
import dev.cordon.core.site.Site;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the benchmarks' data comes from: an organisation's master data and its registration ledger,
 * one day at a time, deterministic for a seed. Every job reads the same source, so a Cordon path and
 * its baseline always see the same records.
 */
public interface LedgerSource {
  /** The fixed seed of every run. */
  long SEED = 20211027L;

  /** The source every benchmark uses: switch generators here, and only here. */
  static LedgerSource standard() {
    return DemoLedger.of(SEED);
  }

  /** The unit tree, root first. */
  List<Unit> units();

  /** The employees. */
  List<Person> people();

  /** The sites with entry control. */
  List<Site> sites();

  /** The first day of the ledger. */
  LocalDate firstDay();

  /** The registration ledger of {@code day}: the same list on every call. */
  List<Entry> entriesOn(LocalDate day);
}
