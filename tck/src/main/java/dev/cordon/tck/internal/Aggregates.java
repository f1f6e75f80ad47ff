package dev.cordon.tck.internal;

import static dev.cordon.tck.TckData.ALATAN_BATER;
import static dev.cordon.tck.TckData.BAOTOU;
import static dev.cordon.tck.TckData.EJINA;
import static dev.cordon.tck.TckData.NAMES;
import static dev.cordon.tck.TckData.at;
import static dev.cordon.tck.TckData.day;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.org.Unit;
import dev.cordon.core.person.Person;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.site.Site;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.tck.TckData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every aggregate of {@link Storage}, described for the contract tests. The names are the
 * arguments of the parameterised tests ({@code @MethodSource}).
 */
public final class Aggregates {
  private static final Map<String, Aggregate<?, ?>> ALL = new LinkedHashMap<>();
  private static final List<String> UNIT_NAMES = List.of("包头供热分公司", "阿拉坦·巴特尔工作室",
      "O'Neill & Partners 物业");
  private static final List<String> ITEM_NAMES = List.of("医用外科口罩", "84消毒液", "额温枪");

  static {
    add(new Aggregate<>("units", Storage::units, Unit::id,
        i -> TckData.unit(id("u", i), UNIT_NAMES.get(i % 3)),
        v -> Unit.builder().from(v).name(v.name() + "（更名）").headcount(v.headcount() + 1).build(),
        true));
    add(new Aggregate<>("people", Storage::people, Person::id,
        i -> TckData.employee(id("p", i), NAMES.get(i % 3), "u-baotou"),
        v -> Person.builder().from(v).name(NAMES.get((NAMES.indexOf(v.name()) + 1) % 3)).build(),
        true));
    add(new Aggregate<>("sites", Storage::sites, Site::id,
        i -> TckData.site(id("s", i), NAMES.get(i % 3) + "办公楼", "u-baotou",
            i % 2 == 0 ? BAOTOU : EJINA),
        v -> Site.builder().from(v).capacity(v.capacity() + 10).build(),
        true));
    add(new Aggregate<>("supplyItems", Storage::supplyItems, SupplyItem::id,
        i -> TckData.supplyItem(id("i", i), ITEM_NAMES.get(i % 3)),
        v -> SupplyItem.builder().from(v).name(v.name() + "（新）").build(),
        true));
    add(new Aggregate<>("entries", Storage::entries, Entry::id,
        i -> {
          Instant when = at("2021-10-25T09:00").plusSeconds(60L * i).plusNanos(123_456_000L);
          return i % 2 == 0 ? TckData.visitorEntry(id("e", i), "s-001", NAMES.get(i % 3), when)
              : TckData.employeeEntry(id("e", i), "s-001", id("p", i), when);
        },
        v -> Entry.builder().from(v)
            .temperature(v.temperature().orElse(new BigDecimal("36.0")).add(new BigDecimal("0.1")))
            .build(),
        false));
    add(new Aggregate<>("travel", Storage::travel, TravelDeclaration::id,
        i -> TckData.travel(id("t", i), id("p", i), day("2021-10-20").plusDays(i),
            day("2021-10-23").plusDays(i)),
        v -> TravelDeclaration.builder().from(v).purpose(v.purpose() + " 延期").build(),
        true));
    add(new Aggregate<>("riskAreas", Storage::riskAreas, RiskArea::id,
        i -> TckData.riskArea(id("r", i), i % 2 == 0 ? EJINA : BAOTOU,
            day("2021-10-19").plusDays(i), i % 2 == 0 ? null : day("2021-11-02").plusDays(i)),
        v -> RiskArea.builder().from(v).place(v.place() + "·二区").build(),
        true));
    add(new Aggregate<>("stock", Storage::stock, StockMovement::id,
        i -> TckData.receipt(id("m", i), "u-baotou", "i-mask",
            at("2021-10-25T08:00").plusSeconds(60L * i).plusNanos(654_321_000L),
            String.valueOf(100 + i)),
        v -> StockMovement.builder().from(v).quantity(v.quantity().add(BigDecimal.ONE)).build(),
        false));
    add(new Aggregate<>("assignments", Storage::assignments, Assignment::id,
        i -> TckData.siteResponsible(id("a", i), id("p", i), "s-001",
            day("2021-10-01").plusDays(i), i % 2 == 0 ? null : day("2021-10-15").plusDays(i)),
        v -> Assignment.builder().from(v).validFrom(v.validFrom().minusDays(1)).build(),
        true));
    add(new Aggregate<>("disinfection", Storage::disinfection, DisinfectionRecord::id,
        i -> TckData.disinfection(id("d", i), "s-001",
            at("2021-10-25T07:00").plusSeconds(3600L * i).plusNanos(1_000L)),
        v -> DisinfectionRecord.builder().from(v).agent(v.agent().orElse("") + " 复核 " + ALATAN_BATER)
            .build(),
        false));
    add(new Aggregate<>("findings", Storage::findings, Finding::id,
        i -> TckData.finding(id("f", i), "s-001", day("2021-10-25").plusDays(i % 3)),
        v -> Finding.builder().from(v).addEvidence("e-extra-" + v.evidence().size()).build(),
        true));
    add(new Aggregate<>("diningPlans", Storage::diningPlans, DiningPlan::id,
        i -> TckData.diningPlan(id("dp", i), "s-canteen", day("2021-10-25").plusDays(i % 3)),
        v -> DiningPlan.builder().from(v).cleaningGap(v.cleaningGap().plusMinutes(5)).build(),
        true));
  }

  private Aggregates() {}

  private static void add(Aggregate<?, ?> a) {
    ALL.put(a.name(), a);
  }

  private static String id(String prefix, int i) {
    return String.format("%s-%03d", prefix, i);
  }

  /** The names of every aggregate. */
  public static Stream<String> names() {
    return ALL.keySet().stream();
  }

  /** The names of the aggregates with a {@link dev.cordon.core.storage.VersionedStore}. */
  public static Stream<String> versionedNames() {
    return ALL.values().stream().filter(Aggregate::isVersioned).map(Aggregate::name);
  }

  /** The aggregate called {@code name}. */
  public static Aggregate<?, ?> named(String name) {
    Aggregate<?, ?> a = ALL.get(name);
    if (a == null) {
      throw new IllegalArgumentException("no aggregate " + name + "; known: " + ALL.keySet());
    }
    return a;
  }
}
