package dev.cordon.benchmarks;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.org.Unit;
import dev.cordon.core.person.Person;
import dev.cordon.core.site.Site;
import dev.cordon.examples.demo.DemoData;
import dev.cordon.examples.demo.DemoWorld;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's generated organisation (the heating group of October 2021, {@link DemoData}) as the
 * benchmarks' source: its master data, and its registration ledger continued day after day past
 * October for as many rows as a job needs (each day's ledger is seeded by the day).
 */
final class DemoLedger implements LedgerSource {
  private final DemoWorld world;

  private DemoLedger(long seed) {
    this.world = DemoData.generate(seed);
  }

  static DemoLedger of(long seed) {
    return new DemoLedger(seed);
  }

  @Override
  public List<Unit> units() {
    return world.units();
  }

  @Override
  public List<Person> people() {
    return world.people();
  }

  @Override
  public List<Site> sites() {
    return world.sites();
  }

  @Override
  public LocalDate firstDay() {
    return world.days().get(0);
  }

  @Override
  public List<Entry> entriesOn(LocalDate day) {
    return world.entriesOn(day);
  }
}
