package dev.cordon.adapters.csv;

import static dev.cordon.adapters.csv.Fixtures.GB18030;
import static dev.cordon.adapters.csv.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.Samples;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code SUPPLY_ITEMS} (防疫物資目錄): the layout, its Chinese and English headers, and the norm's unit. */
class CsvSupplyItemsTest {
  private final Cordon cordon = Fixtures.cordon();
  private final CsvImporter importer = CsvImporter.of(cordon);

  @AfterEach
  void close() {
    cordon.close();
  }

  private ImportSummary run(ImportKind kind, byte[] file) throws IOException {
    return importer.importFrom(kind, new ByteArrayInputStream(file), ImportOptions.defaults());
  }

  private SupplyItem item(String id) {
    return cordon.storage().supplyItems().get(SupplyItemId.of(id)).orElseThrow();
  }

  @Test
  void aCatalogueWithChineseHeadersAndLabelsIsImported() throws IOException {
    String file = """
        物资编号,物资名称,物资类别,计量单位,换算系数
        I-MASK,医用外科口罩,口罩,只,
        I-MASK-BOX,医用外科口罩（50只装）,口罩,盒,0.02
        I-DISINF,84消毒液（500ml）,消毒液,瓶,2
        I-SANIT,免洗手消毒凝胶,免洗洗手液,瓶,２
        I-THERMO,红外额温枪,额温枪,支,1
        I-SUIT,医用防护服,防护服,套,1
        """;
    ImportSummary s = run(ImportKind.SUPPLY_ITEMS, file.getBytes(GB18030));
    assertThat(s.firstErrors()).isEmpty();
    assertThat(s.imported()).isEqualTo(6);
    assertThat(item("I-MASK").unitsPerNormUnit()).isEqualByComparingTo("1");
    assertThat(item("I-MASK-BOX").unitOfMeasure()).isEqualTo("盒");
    assertThat(item("I-MASK-BOX").unitsPerNormUnit()).isEqualByComparingTo("0.02");
    assertThat(item("I-DISINF").kind()).isEqualTo(SupplyKind.DISINFECTANT);
    assertThat(item("I-DISINF").unitsPerNormUnit()).isEqualByComparingTo("2");
    assertThat(item("I-SANIT").kind()).isEqualTo(SupplyKind.HAND_SANITISER);
    assertThat(item("I-SANIT").unitsPerNormUnit()).isEqualByComparingTo("2");
    assertThat(item("I-THERMO").kind()).isEqualTo(SupplyKind.THERMOMETER);
    assertThat(item("I-SUIT").kind()).isEqualTo(SupplyKind.PROTECTIVE_SUIT);

    assertThat(run(ImportKind.SUPPLY_ITEMS, file.getBytes(GB18030)).alreadyPresent()).isEqualTo(6);
  }

  @Test
  void aCatalogueWithEnglishHeadersAndTraditionalOnesIsImported() throws IOException {
    assertThat(run(ImportKind.SUPPLY_ITEMS, utf8("id,name,kind,unit of measure,conversion factor\n"
        + "I-GLOVE,Nitrile gloves,gloves,pair,1\n")).imported()).isEqualTo(1);
    assertThat(run(ImportKind.SUPPLY_ITEMS, utf8("物資編號,物資名稱,物資類別,計量單位,換算係數\n"
        + "I-DIS-5L,84消毒液（5L桶）,消毒劑,桶,0.2\n")).imported()).isEqualTo(1);
    assertThat(item("I-GLOVE").kind()).isEqualTo(SupplyKind.GLOVES);
    assertThat(item("I-DIS-5L").unitsPerNormUnit()).isEqualByComparingTo("0.2");
  }

  @Test
  void theFactorColumnIsOptional() throws IOException {
    assertThat(run(ImportKind.SUPPLY_ITEMS, utf8("物资编号,物资名称,类别,单位\nI-MASK,口罩,MASK,只\n")).imported())
        .isEqualTo(1);
    assertThat(item("I-MASK").unitsPerNormUnit()).isEqualByComparingTo("1");
    assertThat(ImportKind.SUPPLY_ITEMS.requiredColumns()).containsExactly("id", "name", "kind", "unit_of_measure");
  }

  @Test
  void malformedRowsAreRejectedEachWithItsCode() throws IOException {
    String file = """
        id,name,kind,unit_of_measure,units_per_norm_unit
        I-1,扳手,工具,个,1
        I-2,手套,GLOVES,副,0
        I-3,口罩,MASK,,1
        I-4,消毒液,DISINFECTANT,瓶,两
        I-5,消毒液,DISINFECTANT,瓶,0.5
        """;
    ImportSummary s = run(ImportKind.SUPPLY_ITEMS, utf8(file));
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.firstErrors()).extracting(e -> e.codes().get(0))
        .containsExactly("CORDON-CSV-008", "CORDON-VALUE-008", "CORDON-CSV-003", "CORDON-CSV-017");
  }

  @Test
  void exportAndImportKeepTheFactor() throws IOException {
    SupplyItem bottles = SupplyItem.builder().id(SupplyItemId.of("I-DISINF")).name("84消毒液")
        .kind(SupplyKind.DISINFECTANT).unitOfMeasure("瓶").unitsPerNormUnit(new java.math.BigDecimal("2")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExporter.create().write(ImportKind.SUPPLY_ITEMS, List.of(bottles), out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("id,name,kind,unit_of_measure,units_per_norm_unit\r\nI-DISINF,84消毒液,DISINFECTANT,瓶,2\r\n");
    assertThat(run(ImportKind.SUPPLY_ITEMS, out.toByteArray()).imported()).isEqualTo(1);
    assertThat(item("I-DISINF")).isEqualTo(bottles);
  }

  @Test
  void bottlesImportedWithTheirFactorRaiseNoFalseReserveFinding() throws IOException {
    // the branch has 120 heads: 0.02 L × 120 × 30 days = 72 L of disinfectant = 144 bottles of 500 ml;
    // 0.01 L × 120 × 30 = 36 L of sanitiser = 72 bottles. Masks: 2 × 120 × 30 = 7,200 = 144 boxes of 50.
    run(ImportKind.SUPPLY_ITEMS, utf8("""
        物资编号,物资名称,物资类别,计量单位,换算系数
        I-DISINF,84消毒液（500ml）,消毒液,瓶,2
        I-SANIT,免洗手消毒凝胶（500ml）,免洗洗手液,瓶,2
        I-MASK,医用外科口罩（50只装）,口罩,盒,0.02
        I-LOW,84消毒液（500ml，库存不足）,消毒液,瓶,2
        """));
    String branch = Samples.branchId().value();
    ImportSummary s = run(ImportKind.STOCK_MOVEMENTS, utf8("物资编号,类型,时间,单位,数量\n"
        + "I-DISINF,入库,2021-10-01 08:00," + branch + ",144\n"
        + "I-SANIT,入库,2021-10-01 08:00," + branch + ",72\n"
        + "I-MASK,入库,2021-10-01 08:00," + branch + ",144\n"
        + "I-LOW,入库,2021-10-01 08:00," + branch + ",143\n"));
    assertThat(s.firstErrors()).isEmpty();
    cordon.checks().run(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 4));
    List<Finding> low;
    try (Stream<Finding> all = cordon.storage().findings().between(LocalDate.of(2021, 10, 1),
        LocalDate.of(2021, 10, 4))) {
      low = all.filter(f -> f.ruleId().equals("SUPPLY-RESERVE-LOW")).toList();
    }
    assertThat(low).singleElement().satisfies(f -> {
      assertThat(f.evidence()).contains("I-LOW");
      assertThat(f.messageEn()).contains("29.7 days").contains("0.02 L = 0.04 瓶");
    });
  }
}
