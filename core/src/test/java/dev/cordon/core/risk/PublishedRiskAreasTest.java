package dev.cordon.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.region.RegionCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped 2021 Q4 lists, resolved and turned into dated risk areas; checked on Ejina Banner. */
class PublishedRiskAreasTest {
  private static final RegionCode EJINA = RegionCode.of("152923");
  private static final RegionCode ALXA = RegionCode.of("152900");
  private static final RegionCode BAOTOU = RegionCode.of("150200");
  private static PublishedRiskAreas published;
  private static RiskRegistry registry;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream rows = resource("risk-areas-2021q4.tsv");
        InputStream lists = resource("risk-areas-2021q4-daily-summary.tsv")) {
      published = PublishedRiskAreas.read(rows, lists);
    }
    registry = RiskRegistry.of(published.areas());
  }

  private static InputStream resource(String name) {
    return PublishedRiskAreas.class.getResourceAsStream(name);
  }

  private static LocalDate d(String s) {
    return LocalDate.parse("2021-" + s);
  }

  @Test
  void ejinaIsMediumOn19And20OctoberThenHighUntilTheListOf11November() {
    assertThat(registry.levelOf(EJINA, d("10-18"))).isEqualTo(RiskLevel.LOW);
    assertThat(registry.levelOf(EJINA, d("10-19"))).isEqualTo(RiskLevel.MEDIUM);
    assertThat(registry.levelOf(ALXA, d("10-20"))).isEqualTo(RiskLevel.MEDIUM);
    assertThat(registry.levelOf(ALXA, d("10-21"))).isEqualTo(RiskLevel.HIGH);
    assertThat(registry.levelOf(ALXA, d("11-10"))).isEqualTo(RiskLevel.HIGH);
    assertThat(registry.levelOf(ALXA, d("11-11"))).isEqualTo(RiskLevel.LOW);
    assertThat(registry.levelOf(ALXA, d("11-20"))).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void theEmptyListsOf14To18OctoberMeanNoRiskArea() {
    assertThat(published.listDays()).contains(d("10-14"), d("10-15"), d("10-18"));
    assertThat(published.areas()).noneMatch(a -> a.isInForceOn(d("10-15")));
    assertThat(registry.levelOf(ALXA, d("10-15"))).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void aDayWithoutAListKeepsThePreviousOne() {
    // 11-10 had no list: the list of 11-09 stays in force, Ejina still high
    assertThat(published.listDays()).doesNotContain(d("11-07"), d("11-10"), d("11-14"));
    assertThat(registry.levelOf(ALXA, d("11-07"))).isEqualTo(RiskLevel.HIGH);
    assertThat(registry.levelOf(ALXA, d("11-10"))).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void ejinaIsOneAreaPerLevelThoughPublishedInSeveralForms() {
    List<RiskArea> ejina = published.areas().stream().filter(a -> a.region().equals(EJINA)).toList();
    assertThat(ejina).extracting(RiskArea::level, RiskArea::inForceFrom, a -> a.inForceTo().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RiskLevel.MEDIUM, d("10-19"), d("10-21")),
            org.assertj.core.groups.Tuple.tuple(RiskLevel.HIGH, d("10-21"), d("11-11")));
  }

  @Test
  void baotouIsLowThroughout() {
    for (LocalDate day = d("09-30"); day.isBefore(d("12-31")); day = day.plusDays(1)) {
      assertThat(registry.levelOf(BAOTOU, day)).as(day.toString()).isEqualTo(RiskLevel.LOW);
    }
  }

  @Test
  void fewerThanTwoPercentOfRowsAreUnresolvedAndTheyAreReported() {
    System.err.println("rows " + published.rows() + ", unresolved rows " + published.unresolvedRows()
        + ", unresolved names " + published.unresolved().size() + ", areas " + published.areas().size());
    published.unresolved().forEach(n -> System.err.println("  unresolved: " + n));
    assertThat(published.rows()).isEqualTo(4666);
    assertThat(published.unresolvedRows() * 100.0 / published.rows()).isLessThan(2.0);
  }

  @Test
  void publishedNamesResolveToTheirCountyOrCity() {
    PlaceNames names = PlaceNames.get();
    assertThat(names.resolve("莆田市仙游县枫亭镇", RegionCode.of("350000")).region().code()).isEqualTo("350322");
    assertThat(names.resolve("内蒙古阿拉善盟额济纳旗达来呼布镇", null).region()).isEqualTo(EJINA);
    assertThat(names.resolve("哈尔滨市巴彦县兴隆镇兴隆林业局有限公司街道办事处全域", RegionCode.of("230000"))
        .region().code()).isEqualTo("230126");
    assertThat(names.resolve("海淀区西三旗街道富力桃园C区", RegionCode.of("110108")).region().code())
        .isEqualTo("110108");
    assertThat(names.resolve("新城区华侨新村小区", RegionCode.of("150100")).region().code()).isEqualTo("150102");
  }

  @Test
  void loadingTheSameListsTwiceGivesTheSameIds() throws Exception {
    PublishedRiskAreas again;
    try (InputStream rows = resource("risk-areas-2021q4.tsv");
        InputStream lists = resource("risk-areas-2021q4-daily-summary.tsv")) {
      again = PublishedRiskAreas.read(rows, lists);
    }
    assertThat(again.areas()).isEqualTo(published.areas());
  }

  @Test
  void aNameWithOnlyAProvinceIsReportedNotGuessed() {
    String tsv = "as_of_date\tas_of_time\tlevel\tgroup_as_published\tarea_as_published\tparse\tsource_file\n"
        + "2021-10-19\t19:00\tmedium\t内蒙古\t某某小区\tx\tf1\n"
        + "2021-10-19\t19:00\tmedium\t火星\t某某小区\tx\tf1\n";
    PublishedRiskAreas p = PublishedRiskAreas.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    assertThat(p.areas()).isEmpty();
    assertThat(p.unresolved()).containsExactly("内蒙古 某某小区", "火星 某某小区");
  }

  @Test
  void theLatestListOfADayAppliesToTheWholeDay() {
    String tsv = "as_of_date\tas_of_time\tlevel\tgroup_as_published\tarea_as_published\tparse\tsource_file\n"
        + "2021-11-10\t08:00\thigh\t内蒙古\t额济纳旗达来呼布镇\tx\ta\n"
        + "2021-11-11\t08:00\thigh\t内蒙古\t额济纳旗达来呼布镇\tx\tb\n"
        + "2021-11-11\t21:00\tmedium\t内蒙古\t呼和浩特市新城区华侨新村小区\tx\tc\n";
    PublishedRiskAreas p = PublishedRiskAreas.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    RiskRegistry r = RiskRegistry.of(p.areas());
    assertThat(r.levelOf(EJINA, d("11-10"))).isEqualTo(RiskLevel.HIGH);
    assertThat(r.levelOf(EJINA, d("11-11"))).isEqualTo(RiskLevel.LOW);
    assertThat(r.levelOf(RegionCode.of("150100"), d("11-11"))).isEqualTo(RiskLevel.MEDIUM);
  }
}
