package dev.cordon.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RegionCodeTest {

  /** The codes of a shipped table, read the way a user's classpath would serve it. */
  private static Set<String> codesIn(String resource) throws IOException {
    Set<String> codes = new TreeSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        RegionCode.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      r.lines().skip(1).forEach(line -> codes.add(line.substring(0, 6)));
    }
    return codes;
  }

  private static List<String> codesOf(String text) {
    return catchThrowableOfType(CordonValidationException.class, () -> RegionCode.of(text)).codes();
  }

  // --- examples ---------------------------------------------------------------------------------

  @Test
  void ejinaBannerLiesInAlxaLeagueInInnerMongolia() {
    RegionCode ejina = RegionCode.of("152923");
    assertThat(ejina.name()).isEqualTo("额济纳旗");
    assertThat(ejina.level()).isEqualTo(RegionLevel.COUNTY);
    assertThat(ejina.inUse()).isTrue();
    assertThat(ejina.city().code()).isEqualTo("152900");
    assertThat(ejina.city().name()).isEqualTo("阿拉善盟");
    assertThat(ejina.province().code()).isEqualTo("150000");
    assertThat(ejina.province().name()).isEqualTo("内蒙古自治区");
    assertThat(ejina.parent()).contains(RegionCode.of("152900"));
    assertThat(ejina).hasToString("152923 额济纳旗");
  }

  @Test
  void baotouIsAPrefectureLevelCityThatIsItsOwnCity() {
    RegionCode baotou = RegionCode.of("150200");
    assertThat(baotou.name()).isEqualTo("包头市");
    assertThat(baotou.level()).isEqualTo(RegionLevel.CITY);
    assertThat(baotou.city()).isSameAs(baotou);
    assertThat(baotou.province()).isEqualTo(RegionCode.of("150000"));
    assertThat(baotou.parent()).contains(RegionCode.of("150000"));
    assertThat(RegionCode.of("150000").level()).isEqualTo(RegionLevel.PROVINCE);
    assertThat(RegionCode.of("150000").parent()).isEmpty();
    assertThat(RegionCode.of("150000").province()).isEqualTo(RegionCode.of("150000"));
  }

  @Test
  void aMunicipalityIsTheCityOfItsDistricts() {
    RegionCode chaoyang = RegionCode.of("110105");
    assertThat(chaoyang.city().code()).isEqualTo("110000");
    assertThat(chaoyang.province().code()).isEqualTo("110000");
    assertThat(chaoyang.parent()).contains(RegionCode.of("110000"));
    assertThat(chaoyang.sameCity(RegionCode.of("110101"))).isTrue();
    assertThat(chaoyang.sameCity(RegionCode.of("110000"))).isTrue();
    assertThat(RegionCode.of("500101").city().code()).isEqualTo("500000");
  }

  @Test
  void aCountyLevelUnitDirectlyUnderItsProvinceIsItsOwnCity() {
    RegionCode xiantao = RegionCode.of("429004");
    assertThat(xiantao.name()).isEqualTo("仙桃市");
    assertThat(xiantao.level()).isEqualTo(RegionLevel.COUNTY);
    assertThat(xiantao.city()).isEqualTo(xiantao);
    assertThat(xiantao.parent()).contains(RegionCode.of("420000"));
    assertThat(xiantao.sameCity(RegionCode.of("429005"))).isFalse();
  }

  @Test
  void sameCityAndContainsFollowTheTree() {
    RegionCode ejina = RegionCode.of("152923");
    assertThat(ejina.sameCity(RegionCode.of("152921"))).isTrue();
    assertThat(ejina.sameCity(RegionCode.of("152900"))).isTrue();
    assertThat(ejina.sameCity(RegionCode.of("150202"))).isFalse();
    assertThat(RegionCode.of("150000").contains(ejina)).isTrue();
    assertThat(RegionCode.of("152900").contains(ejina)).isTrue();
    assertThat(ejina.contains(ejina)).isTrue();
    assertThat(ejina.contains(RegionCode.of("152900"))).isFalse();
    assertThat(RegionCode.of("150200").contains(ejina)).isFalse();
    assertThat(RegionCode.of("110000").contains(RegionCode.of("110105"))).isTrue();
  }

  @Test
  void aCodeWithdrawnSince2021StillResolvesButIsNotInUse() throws IOException {
    Set<String> withdrawn = new TreeSet<>(codesIn("divisions-mca-2021.csv"));
    withdrawn.removeAll(codesIn("divisions-mca-2024.csv"));
    assertThat(withdrawn).containsExactly("540422", "540530");
    RegionCode milin = RegionCode.of("540422");
    assertThat(milin.name()).isEqualTo("米林县");
    assertThat(milin.inUse()).isFalse();
    assertThat(milin.city().code()).isEqualTo("540400");
    assertThat(milin.sameCity(RegionCode.of("540481"))).isTrue();
    assertThat(RegionCode.of("540481").inUse()).isTrue();
    assertThat(RegionCode.named("米林县")).containsExactly(milin);
  }

  @Test
  void rejectsAnythingButSixDigits() {
    assertThat(codesOf("15020")).containsExactly("CORDON-REGION-001");
    assertThat(codesOf("1502000")).containsExactly("CORDON-REGION-001");
    assertThat(codesOf("15020a")).containsExactly("CORDON-REGION-001");
    assertThat(codesOf("１５０２００")).containsExactly("CORDON-REGION-001");
    assertThat(codesOf("")).containsExactly("CORDON-REGION-001");
    assertThat(codesOf(null)).containsExactly("CORDON-REGION-001");
    assertThat(RegionCode.of(" 150200 ")).isEqualTo(RegionCode.of("150200"));
  }

  @Test
  void rejectsACodeNotInTheTable() {
    CordonValidationException e =
        catchThrowableOfType(CordonValidationException.class, () -> RegionCode.of("999999"));
    assertThat(e.codes()).containsExactly("CORDON-REGION-002");
    Violation v = e.violations().get(0);
    assertThat(v.field()).isEqualTo("regionCode");
    assertThat(v.value()).contains("999999");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("行政区划");
    assertThat(codesOf("150299")).containsExactly("CORDON-REGION-002");
  }

  @Test
  void findNeverThrows() {
    assertThat(RegionCode.find("150200")).contains(RegionCode.of("150200"));
    assertThat(RegionCode.find("999999")).isEmpty();
    assertThat(RegionCode.find("15020")).isEmpty();
    assertThat(RegionCode.find(null)).isEmpty();
  }

  @Test
  void resolvesExactNames() {
    assertThat(RegionCode.named("额济纳旗")).extracting(RegionCode::code).containsExactly("152923");
    assertThat(RegionCode.named("包头市")).extracting(RegionCode::code).containsExactly("150200");
    assertThat(RegionCode.named(" 内蒙古自治区 ")).extracting(RegionCode::code).containsExactly("150000");
    assertThat(RegionCode.named("和平区")).extracting(RegionCode::code).contains("120101", "210102");
    assertThat(RegionCode.named("和平区", RegionCode.of("120000")))
        .extracting(RegionCode::code).containsExactly("120101");
    assertThat(RegionCode.named("额济纳")).isEmpty();
    assertThat(RegionCode.named(null)).isEmpty();
  }

  @Test
  void equalsByCodeAndOrdersByCode() {
    assertThat(RegionCode.of("150200")).isEqualTo(RegionCode.find("150200").orElseThrow())
        .hasSameHashCodeAs(RegionCode.of("150200"))
        .isLessThan(RegionCode.of("152923"));
  }

  @Test
  void serialisesToJsonAsTheCode() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(json.writeValueAsString(RegionCode.of("152923"))).isEqualTo("\"152923\"");
    assertThat(json.readValue("\"150200\"", RegionCode.class)).isEqualTo(RegionCode.of("150200"));
    assertThatThrownBy(() -> json.readValue("\"999999\"", RegionCode.class))
        .hasRootCauseInstanceOf(CordonValidationException.class);
  }

  // --- the whole table --------------------------------------------------------------------------

  @Test
  void everyShippedCodeResolvesConsistently() throws IOException {
    Set<String> current = codesIn("divisions-mca-2024.csv");
    Set<String> all = new TreeSet<>(current);
    all.addAll(codesIn("divisions-mca-2021.csv"));
    assertThat(current).hasSize(3_213);
    assertThat(all).hasSize(3_215);
    for (String code : all) {
      RegionCode r = RegionCode.of(code);
      assertThat(r.code()).isEqualTo(code);
      assertThat(r.inUse()).as(code).isEqualTo(current.contains(code));
      assertThat(r.province().level()).as(code).isEqualTo(RegionLevel.PROVINCE);
      assertThat(r.province().code()).as(code).isEqualTo(code.substring(0, 2) + "0000");
      assertThat(r.province().contains(r)).as(code).isTrue();
      assertThat(r.city().contains(r)).as(code).isTrue();
      assertThat(r.sameCity(r.city())).as(code).isTrue();
      r.parent().ifPresent(p -> {
        assertThat(p.contains(r)).as(code).isTrue();
        assertThat(p.level().ordinal()).as(code).isLessThan(r.level().ordinal());
      });
      if (r.level() == RegionLevel.COUNTY && !r.city().equals(r) && !r.city().equals(r.province())) {
        assertThat(r.city().code()).as(code).startsWith(code.substring(0, 4));
      }
      assertThat(RegionCode.named(r.name())).as(code).contains(r);
    }
  }

  // --- properties -------------------------------------------------------------------------------

  @Test
  void anyTextYieldsARegionOrAValidationExceptionOnly() {
    Gen<String> texts = Generate.oneOf(strings().allPossible().ofLengthBetween(0, 12),
        strings().numeric(), strings().numericBetween(0, 999_999),
        integers().between(0, 999_999).map(n -> String.format("%06d", n)),
        strings().allPossible().ofLengthBetween(1_000, 5_000));
    qt().withExamples(3_000).forAll(texts).checkAssert(text -> {
      boolean found = RegionCode.find(text).isPresent();
      try {
        RegionCode r = RegionCode.of(text);
        assertThat(found).isTrue();
        assertThat(r.code()).isEqualTo(text.strip());
      } catch (CordonValidationException e) {
        assertThat(found).isFalse();
        assertThat(e.codes()).hasSize(1).first().isIn("CORDON-REGION-001", "CORDON-REGION-002");
      }
      assertThat(RegionCode.named(text)).allSatisfy(r -> assertThat(r.name()).isEqualTo(text.strip()));
    });
  }
}
