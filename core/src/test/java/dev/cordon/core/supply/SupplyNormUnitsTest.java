package dev.cordon.core.supply;

import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cordon.core.Generators;
import dev.cordon.core.Samples;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.policy.PreventionPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Norms stated in a unit of measure (定額計量單位) and items that say how many of their own unit make
 * one of it (換算係數): defaults that keep stored records and policy files readable, bounds, and the
 * laws of the conversion.
 */
class SupplyNormUnitsTest {
  private static final LocalDate DAY = LocalDate.of(2021, 10, 25);

  private static SupplyItem item(String factor) {
    return SupplyItem.builder().from(Samples.masks()).unitsPerNormUnit(new BigDecimal(factor)).build();
  }

  private static StockPosition holding(BigDecimal quantity) {
    Holding h = new Holding(UnitId.of("U-HALL"), Samples.masksId());
    return new StockPosition(h, quantity, List.of(new Lot(Optional.empty(), Optional.empty(), quantity)));
  }

  // --- the item --------------------------------------------------------------------------------

  @Test
  void anItemCountedInTheNormsOwnUnitHasFactorOne() {
    assertThat(Samples.masks().unitsPerNormUnit()).isEqualByComparingTo("1");
    assertThat(Samples.masks().inOwnUnits(new BigDecimal("2"))).isEqualByComparingTo("2");
  }

  @Test
  void aSupplyItemStoredBeforeTheFactorExistedReadsWithFactorOne() {
    String old = "{\"id\":\"I-SANIT\",\"name\":\"免洗手消毒凝胶\",\"kind\":\"HAND_SANITISER\",\"unitOfMeasure\":\"瓶\"}";
    SupplyItem read = CordonJson.read(old, SupplyItem.class);
    assertThat(read.unitsPerNormUnit()).isEqualByComparingTo("1");
    assertThat(read).isEqualTo(SupplyItem.builder().id(SupplyItemId.of("I-SANIT")).name("免洗手消毒凝胶")
        .kind(SupplyKind.HAND_SANITISER).unitOfMeasure("瓶").build());
  }

  @Test
  void theFactorIsWrittenAndReadBack() {
    SupplyItem bottles = item("2");
    String json = CordonJson.write(bottles);
    assertThat(json).contains("\"unitsPerNormUnit\":2");
    assertThat(CordonJson.read(json, SupplyItem.class)).isEqualTo(bottles);
  }

  @Test
  void theFactorIsPositiveAtMostAMillionWithSixDecimals() {
    rejectedWith(() -> item("0"), "CORDON-VALUE-008", "unitsPerNormUnit");
    rejectedWith(() -> item("-2"), "CORDON-VALUE-008", "unitsPerNormUnit");
    rejectedWith(() -> item("1000000.000001"), "CORDON-VALUE-007", "unitsPerNormUnit");
    rejectedWith(() -> item("0.0000001"), "CORDON-VALUE-011", "unitsPerNormUnit");
    assertThat(item("1000000").unitsPerNormUnit()).isEqualByComparingTo("1000000");
    assertThat(item("0.000001").unitsPerNormUnit()).isEqualByComparingTo("0.000001");
  }

  @Test
  void fiveHundredMillilitreBottlesAgainstANormInLitres() {
    SupplyItem bottles = item("2");
    // 0.02 L a head a day is 0.04 bottles; 7 bottles are 3.5 L
    assertThat(bottles.inOwnUnits(new BigDecimal("0.02"))).isEqualByComparingTo("0.04");
    assertThat(bottles.inNormUnits(new BigDecimal("7"))).isEqualByComparingTo("3.5");
  }

  @Test
  void aFactorWhoseQuotientDoesNotTerminateIsDividedTo34Digits() {
    // a pack of 3 pairs counted against a norm in packs: 1 pair is a third of a pack
    assertThat(item("3").inNormUnits(BigDecimal.ONE).precision()).isEqualTo(34);
  }

  // --- the policy ------------------------------------------------------------------------------

  @Test
  void theDefaultNormsAreStatedInPiecesPairsAndLitres() {
    PreventionPolicy p = PreventionPolicy.defaults().build();
    assertThat(p.consumptionNormUnit(SupplyKind.MASK)).contains("只");
    assertThat(p.consumptionNormUnit(SupplyKind.GLOVES)).contains("副");
    assertThat(p.consumptionNormUnit(SupplyKind.DISINFECTANT)).contains("L");
    assertThat(p.consumptionNormUnit(SupplyKind.HAND_SANITISER)).contains("L");
    assertThat(p.consumptionNormUnit(SupplyKind.PROTECTIVE_SUIT)).isEmpty();
  }

  @Test
  void aPolicyFileWithoutNormUnitsReadsWithTheDefaults() {
    ObjectNode json = (ObjectNode) CordonJson.mapper().valueToTree(Samples.policy());
    assertThat(json.has("consumptionNormUnits")).isTrue();
    json.remove("consumptionNormUnits");
    assertThat(CordonJson.read(json.toString(), PreventionPolicy.class).consumptionNormUnits())
        .isEqualTo(PreventionPolicy.DEFAULT_CONSUMPTION_NORM_UNITS);
  }

  @Test
  void aPolicyStatesItsOwnNormUnitsAndABlankOneIsRefused() {
    Map<SupplyKind, String> units = new EnumMap<>(PreventionPolicy.DEFAULT_CONSUMPTION_NORM_UNITS);
    units.put(SupplyKind.DISINFECTANT, "ml");
    PreventionPolicy p = PreventionPolicy.defaults().consumptionNormUnits(units).build();
    assertThat(p.consumptionNormUnit(SupplyKind.DISINFECTANT)).contains("ml");
    assertThat(CordonJson.read(CordonJson.write(p), PreventionPolicy.class)).isEqualTo(p);
    units.put(SupplyKind.DISINFECTANT, " ");
    rejectedWith(() -> PreventionPolicy.defaults().consumptionNormUnits(units).build(), "CORDON-VALUE-002",
        "consumptionNormUnits[DISINFECTANT].<map value>");
  }

  // --- laws ------------------------------------------------------------------------------------

  private static Gen<BigDecimal> quantities() {
    return longs().between(0, 9_999_999_999L).zip(integers().between(0, 3), BigDecimal::valueOf);
  }

  @Test
  void aQuantityConvertedToTheItemsUnitAndBackIsUnchanged() {
    qt().forAll(quantities(), Generators.unitsPerNormUnit()).checkAssert((q, f) -> {
      SupplyItem i = item(f.toPlainString());
      assertThat(i.inNormUnits(i.inOwnUnits(q))).isEqualByComparingTo(q);
    });
  }

  @Test
  void aTerminatingQuantityConvertedToTheNormsUnitAndBackIsUnchanged() {
    // q = k × f always divides exactly by f
    qt().forAll(quantities(), Generators.unitsPerNormUnit()).checkAssert((k, f) -> {
      SupplyItem i = item(f.toPlainString());
      BigDecimal q = k.multiply(f);
      assertThat(i.inOwnUnits(i.inNormUnits(q))).isEqualByComparingTo(q);
    });
  }

  @Test
  void restatingAStockInAnotherUnitChangesNeitherTheDaysOfCoverNorTheVerdict() {
    // the same stock counted in the norm's unit (factor 1) and in the item's (quantity × factor)
    Gen<int[]> headsAndReserve = integers().between(0, 5_000).zip(integers().between(0, 365),
        (h, d) -> new int[] {h, d});
    qt().forAll(quantities(), Generators.unitsPerNormUnit(),
        longs().between(0, 100_000).map(n -> BigDecimal.valueOf(n, 3)), headsAndReserve)
        .checkAssert((q, f, norm, hd) -> {
          int heads = hd[0];
          int reserve = hd[1];
          SupplyItem i = item(f.toPlainString());
          SupplyCover inNormUnits = SupplyCover.of(holding(q), DAY, norm, heads);
          SupplyCover inOwnUnits = SupplyCover.of(holding(q.multiply(f)), DAY, i.inOwnUnits(norm), heads);
          assertThat(inOwnUnits.isBelow(reserve)).isEqualTo(inNormUnits.isBelow(reserve));
          assertThat(inOwnUnits.days()).isEqualTo(inNormUnits.days());
        });
  }
}
