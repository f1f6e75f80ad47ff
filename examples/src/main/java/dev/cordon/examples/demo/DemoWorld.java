package dev.cordon.examples.demo;

import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.org.Unit;
import dev.cordon.core.person.Person;
import dev.cordon.core.site.Site;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.travel.TravelDeclaration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The generated organisation and its October (a value of {@link DemoData}). Master data and the small
 * ledgers are lists; the registration ledger is produced one day at a time by {@link #entriesOn}, so
 * that a month of entries is never held in memory at once.
 *
 * @param units the unit tree, root first
 * @param people employees (visitors appear only in entries)
 * @param sites the sites with entry control
 * @param items the prevention supplies
 * @param assignments duty assignments
 * @param travel travel declarations
 * @param stock stock movements, in time order
 * @param disinfection disinfection records, in time order
 * @param days the days of the month, in order
 * @param entriesOn the registration ledger of a day (deterministic: the same list on every call)
 * @param planted the deliberately planted cases
 */
public record DemoWorld(List<Unit> units, List<Person> people, List<Site> sites, List<SupplyItem> items,
    List<Assignment> assignments, List<TravelDeclaration> travel, List<StockMovement> stock,
    List<DisinfectionRecord> disinfection, List<LocalDate> days, Function<LocalDate, List<Entry>> entriesOn,
    Planted planted) {

  /** Immutable copies. */
  public DemoWorld {
    units = List.copyOf(units);
    people = List.copyOf(people);
    sites = List.copyOf(sites);
    items = List.copyOf(items);
    assignments = List.copyOf(assignments);
    travel = List.copyOf(travel);
    stock = List.copyOf(stock);
    disinfection = List.copyOf(disinfection);
    days = List.copyOf(days);
  }

  /** The registration ledger of {@code day}. */
  public List<Entry> entriesOn(LocalDate day) {
    return entriesOn.apply(day);
  }
}
