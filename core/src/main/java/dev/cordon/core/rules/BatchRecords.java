package dev.cordon.core.rules;

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
import dev.cordon.spi.rules.Records;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link Records} whose entries are just a given batch; everything else comes from storage. */
final class BatchRecords implements Records {
  private final Records stored;
  private final List<Entry> batch;
  private final ZoneId zone;
  private final Map<SiteId, Optional<Site>> sites = new HashMap<>();

  BatchRecords(Records stored, List<Entry> batch, ZoneId zone) {
    this.stored = stored;
    this.batch = batch.stream().sorted(Comparator.comparing(Entry::at).thenComparing(Entry::id)).toList();
    this.zone = zone;
  }

  @Override
  public Stream<Entry> entries(LocalDate from, LocalDate to) {
    // local day in [from, to) ⇔ instant in [start of from, start of to): one zone lookup per call,
    // not one per entry (every entry rule walks the batch)
    Instant a = from.atStartOfDay(zone).toInstant();
    Instant b = to.atStartOfDay(zone).toInstant();
    return batch.stream().filter(e -> !e.at().isBefore(a) && e.at().isBefore(b));
  }

  @Override
  public Stream<Entry> entriesOf(PersonId employee, LocalDate from, LocalDate to) {
    return entries(from, to).filter(e -> e.entrant().personId().filter(employee::equals).isPresent());
  }

  @Override
  public Stream<TravelDeclaration> travel(LocalDate from, LocalDate to) {
    return stored.travel(from, to);
  }

  @Override
  public Stream<TravelDeclaration> travelOf(PersonId employee) {
    return stored.travelOf(employee);
  }

  @Override
  public Stream<Assignment> assignments(LocalDate from, LocalDate to) {
    return stored.assignments(from, to);
  }

  @Override
  public Stream<DisinfectionRecord> disinfections(LocalDate from, LocalDate to) {
    return stored.disinfections(from, to);
  }

  @Override
  public Optional<Site> site(SiteId id) {
    // every rule asks for the site of every entry: read each once per batch
    return sites.computeIfAbsent(id, stored::site);
  }

  @Override
  public List<Site> sites() {
    return stored.sites();
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return stored.unit(id);
  }

  @Override
  public List<Unit> units() {
    return stored.units();
  }

  @Override
  public Optional<Person> person(PersonId id) {
    return stored.person(id);
  }

  @Override
  public Optional<SupplyItem> item(SupplyItemId id) {
    return stored.item(id);
  }

  @Override
  public List<StockPosition> positions(Instant asOf) {
    return stored.positions(asOf);
  }

  @Override
  public List<Holding> holdings() {
    return stored.holdings();
  }

  @Override
  public Stream<StockMovement> movementsOf(Holding holding) {
    return stored.movementsOf(holding);
  }

  @Override
  public Stream<Inspection> inspections(LocalDate from, LocalDate to) {
    return stored.inspections(from, to);
  }

  @Override
  public Stream<Notice> notices(LocalDate from, LocalDate to) {
    return stored.notices(from, to);
  }

  @Override
  public Stream<DiningPlan> diningPlans(LocalDate from, LocalDate to) {
    return stored.diningPlans(from, to);
  }

  @Override
  public Optional<Finding> finding(FindingId id) {
    return stored.finding(id);
  }
}
