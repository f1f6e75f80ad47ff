package dev.cordon.spi.rules;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockPosition;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclaration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A read-only view of the records, for rules. Day ranges are half-open {@code [from, to)} local
 * days in the policy's zone. Streams hold storage resources: close them (try-with-resources).
 */
public interface Records {
  /** Entries (not superseded) on the days {@code [from, to)}, ordered by instant. */
  Stream<Entry> entries(LocalDate from, LocalDate to);

  /** Entries of one employee on the days {@code [from, to)}, ordered by instant. */
  Stream<Entry> entriesOf(PersonId employee, LocalDate from, LocalDate to);

  /** Travel declarations whose span overlaps {@code [from, to)}. */
  Stream<TravelDeclaration> travel(LocalDate from, LocalDate to);

  /** Every travel declaration of one employee. */
  Stream<TravelDeclaration> travelOf(PersonId employee);

  /** Assignments held on some day of {@code [from, to)}. */
  Stream<Assignment> assignments(LocalDate from, LocalDate to);

  /** Disinfections on the days {@code [from, to)}, ordered by instant. */
  Stream<DisinfectionRecord> disinfections(LocalDate from, LocalDate to);

  /** A site. */
  Optional<Site> site(SiteId id);

  /** Every site, ordered by id. */
  List<Site> sites();

  /** A unit. */
  Optional<Unit> unit(UnitId id);

  /** Every unit, ordered by id. */
  List<Unit> units();

  /** A person. */
  Optional<Person> person(PersonId id);

  /** A supply item. */
  Optional<SupplyItem> item(SupplyItemId id);

  /** Every holder's position in every item before {@code asOf}. */
  List<StockPosition> positions(Instant asOf);

  /** Every (holder, item) pair that has stock movements, ordered. */
  List<Holding> holdings();

  /**
   * The current movements touching {@code holding}, ordered by instant then id — read once, then
   * evaluated per day in memory with {@link dev.cordon.core.supply.StockBook}.
   */
  Stream<StockMovement> movementsOf(Holding holding);

  /** Inspections dated on {@code [from, to)}, ordered by date then id. */
  Stream<Inspection> inspections(LocalDate from, LocalDate to);

  /** Notices issued on {@code [from, to)}, ordered by date. */
  Stream<Notice> notices(LocalDate from, LocalDate to);

  /** Adopted canteen plans (latest versions) dated on {@code [from, to)}, ordered by date then id. */
  Stream<DiningPlan> diningPlans(LocalDate from, LocalDate to);

  /** A stored finding, in its latest version. */
  Optional<Finding> finding(FindingId id);
}
