package dev.cordon.adapters.xlsx;

import dev.cordon.adapters.csv.CsvExporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cordon.Cordon;
import dev.cordon.core.Generators;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every kind the CSV importer knows imports from a workbook: a record exported as CSV, its cells
 * typed into a sheet as text, imports as the same record (QuickTheories).
 */
class XlsxEveryKindTest {
  private static final String STUB = "U-STUB";

  private static <T> void roundTrip(ImportKind kind, Gen<T> gen, BiConsumer<Cordon, T> references,
      Function<Cordon, Function<T, Optional<?>>> lookup, Function<T, Object> id) {
    qt().withExamples(15).forAll(gen).checkAssert(record -> {
      try (Cordon cordon = Fixtures.cordon()) {
        references.accept(cordon, record);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.create().revealingPersonalData().write(kind, List.of(record), out);
        Path book = Sheets.temp();
        try {
          List<List<Object>> rows = new java.util.ArrayList<>();
          for (var r : de.siegmar.fastcsv.reader.CsvReader.builder()
              .ofCsvRecord(out.toString(java.nio.charset.StandardCharsets.UTF_8))) {
            rows.add(new java.util.ArrayList<>(r.getFields()));
          }
          Sheets.write(book, rows);
          ImportSummary s = XlsxImporter.of(cordon).importFrom(kind, book,
              ImportOptions.defaults().withSourceName("rt.csv"));
          assertThat(s.firstErrors()).isEmpty();
          assertThat(s.imported()).isEqualTo(1);
          assertThat(lookup.apply(cordon).apply(record)).isEqualTo(Optional.of(record));
        } finally {
          java.nio.file.Files.deleteIfExists(book);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static void unit(Cordon c, UnitId id) {
    if (c.directory().unit(id).isEmpty()) {
      c.directory().register(Unit.builder().id(id).name("stub").kind(UnitKind.OTHER).headcount(0).build());
    }
  }

  static void employee(Cordon c, PersonId id) {
    unit(c, UnitId.of(STUB));
    if (c.storage().people().get(id).isEmpty()) {
      c.directory().register(Person.builder().id(id).name("王芳").category(PersonCategory.EMPLOYEE)
          .unit(UnitId.of(STUB)).build());
    }
  }

  static void site(Cordon c, SiteId id) {
    unit(c, UnitId.of(STUB));
    if (c.storage().sites().get(id).isEmpty()) {
      c.directory().register(Site.builder().id(id).name("stub").kind(SiteKind.OTHER)
          .owner(UnitId.of(STUB)).region(RegionCode.of("150200")).build());
    }
  }

  @Test
  void units() {
    roundTrip(ImportKind.UNITS, Generators.units(), (c, u) -> u.parent().ifPresent(p -> unit(c, p)),
        c -> u -> c.storage().units().get(u.id()), Unit::id);
  }

  @Test
  void people() {
    roundTrip(ImportKind.PEOPLE, Generators.persons(), (c, p) -> p.unit().ifPresent(u -> unit(c, u)),
        c -> p -> c.storage().people().get(p.id()), Person::id);
  }

  @Test
  void sites() {
    roundTrip(ImportKind.SITES, Generators.sites(), (c, s) -> unit(c, s.owner()),
        c -> s -> c.storage().sites().get(s.id()), Site::id);
  }

  @Test
  void supplyItems() {
    roundTrip(ImportKind.SUPPLY_ITEMS, Generators.supplyItems(), (c, i) -> { },
        c -> i -> c.storage().supplyItems().get(i.id()), SupplyItem::id);
  }

  @Test
  void entries() {
    Gen<Entry> entries = Generators.entries()
        .map(e -> Entry.builder().from(e).supersedes(Optional.empty())
            .source(e.source().orElse("rt.csv:2")).build())
        .assuming(e -> e.temperature().map(t -> t.compareTo(new BigDecimal("34.0")) >= 0
            && t.compareTo(new BigDecimal("43.0")) <= 0).orElse(true));
    roundTrip(ImportKind.ENTRIES, entries, (c, e) -> {
      site(c, e.site());
      e.entrant().personId().ifPresent(p -> employee(c, p));
    }, c -> e -> c.storage().entries().get(e.id()), Entry::id);
  }

  @Test
  void travelDeclarations() {
    roundTrip(ImportKind.TRAVEL_DECLARATIONS, Generators.travelDeclarations(),
        (c, t) -> employee(c, t.employee()), c -> t -> c.storage().travel().get(t.id()), t -> t.id());
  }

  @Test
  void stockMovements() {
    Gen<StockMovement> movements = Generators.stockMovements()
        .map(m -> StockMovement.builder().from(m).supersedes(Optional.empty()).build());
    roundTrip(ImportKind.STOCK_MOVEMENTS, movements, (c, m) -> {
      unit(c, m.holder());
      m.destination().ifPresent(d -> unit(c, d));
      if (c.storage().supplyItems().get(m.item()).isEmpty()) {
        c.directory().register(SupplyItem.builder().id(m.item()).name("口罩").kind(SupplyKind.MASK)
            .unitOfMeasure("个").build());
      }
      if (m.kind() != MovementKind.RECEIPT && m.kind() != MovementKind.STOCKTAKE) {
        c.stock().receive(StockMovementId.of("opening-" + m.id().value().hashCode()), m.item(),
            m.holder(), new BigDecimal("100000000"), Instant.parse("2019-01-01T00:00:00Z"));
      }
    }, c -> m -> c.storage().stock().get(m.id()), m -> m.id());
  }

  @Test
  void assignments() {
    roundTrip(ImportKind.ASSIGNMENTS, Generators.assignments(), (c, a) -> {
      employee(c, a.person());
      a.scope().unit().ifPresent(u -> unit(c, u));
      a.scope().site().ifPresent(s -> site(c, s));
    }, c -> a -> c.storage().assignments().get(a.id()), a -> a.id());
  }

  @Test
  void disinfectionRecords() {
    roundTrip(ImportKind.DISINFECTION_RECORDS, Generators.disinfectionRecords(), (c, d) -> {
      site(c, d.site());
      d.performedByUnit().ifPresent(u -> unit(c, u));
    }, c -> d -> c.storage().disinfection().get(d.id()), d -> d.id());
  }

  @Test
  void riskAreas() {
    roundTrip(ImportKind.RISK_AREAS, Generators.riskAreas(), (c, a) -> { },
        c -> a -> c.storage().riskAreas().get(a.id()), a -> a.id());
  }
}
