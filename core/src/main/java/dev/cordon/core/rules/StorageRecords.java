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
import dev.cordon.core.storage.Storage;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockPosition;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.spi.rules.Records;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link Records} over a {@link Storage}; sites and units are read once per run. */
final class StorageRecords implements Records {
  private final Storage storage;
  private final ZoneId zone;
  private List<Site> sites;
  private List<Unit> units;

  StorageRecords(Storage storage, ZoneId zone) {
    this.storage = storage;
    this.zone = zone;
  }

  private Instant start(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  @Override
  public Stream<Entry> entries(LocalDate from, LocalDate to) {
    return storage.entries().between(start(from), start(to));
  }

  @Override
  public Stream<Entry> entriesOf(PersonId employee, LocalDate from, LocalDate to) {
    return storage.entries().ofEmployee(employee, start(from), start(to));
  }

  @Override
  public Stream<TravelDeclaration> travel(LocalDate from, LocalDate to) {
    return storage.travel().overlapping(from, to);
  }

  @Override
  public Stream<TravelDeclaration> travelOf(PersonId employee) {
    return storage.travel().ofEmployee(employee);
  }

  @Override
  public Stream<Assignment> assignments(LocalDate from, LocalDate to) {
    return storage.assignments().overlapping(from, to);
  }

  @Override
  public Stream<DisinfectionRecord> disinfections(LocalDate from, LocalDate to) {
    return storage.disinfection().between(start(from), start(to));
  }

  @Override
  public Optional<Site> site(SiteId id) {
    return sites().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  @Override
  public synchronized List<Site> sites() {
    if (sites == null) {
      try (Stream<Site> s = storage.sites().all()) {
        sites = s.toList();
      }
    }
    return sites;
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return units().stream().filter(u -> u.id().equals(id)).findFirst();
  }

  @Override
  public synchronized List<Unit> units() {
    if (units == null) {
      try (Stream<Unit> s = storage.units().all()) {
        units = s.toList();
      }
    }
    return units;
  }

  @Override
  public Optional<Person> person(PersonId id) {
    return storage.people().get(id);
  }

  @Override
  public Optional<SupplyItem> item(SupplyItemId id) {
    return storage.supplyItems().get(id);
  }

  @Override
  public List<StockPosition> positions(Instant asOf) {
    List<Holding> holdings;
    try (Stream<Holding> s = storage.stock().holdings()) {
      holdings = s.toList();
    }
    List<StockPosition> out = new ArrayList<>(holdings.size());
    for (Holding h : holdings) {
      try (Stream<StockMovement> s = storage.stock().of(h.holder(), h.item())) {
        out.add(StockBook.position(h, s::iterator, asOf));
      }
    }
    return out;
  }

  @Override
  public List<Holding> holdings() {
    try (Stream<Holding> s = storage.stock().holdings()) {
      return s.toList();
    }
  }

  @Override
  public Stream<StockMovement> movementsOf(Holding holding) {
    return storage.stock().of(holding.holder(), holding.item());
  }

  @Override
  public Stream<Inspection> inspections(LocalDate from, LocalDate to) {
    return storage.inspections().between(from, to);
  }

  @Override
  public Stream<Notice> notices(LocalDate from, LocalDate to) {
    return storage.notices().between(from, to);
  }

  @Override
  public Stream<DiningPlan> diningPlans(LocalDate from, LocalDate to) {
    return storage.diningPlans().between(from, to);
  }

  @Override
  public Optional<Finding> finding(FindingId id) {
    return storage.findings().get(id);
  }
}
