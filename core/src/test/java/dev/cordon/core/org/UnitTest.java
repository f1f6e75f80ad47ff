package dev.cordon.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.core.json.CordonJson;
import dev.cordon.core.validation.CordonValidationException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnitTest {
  @Test
  void aBlankNameAndANegativeHeadcountAreReportedTogether() {
    assertThatThrownBy(() -> Unit.builder().id(UnitId.of("u1")).name(" ").kind(UnitKind.GROUP)
        .headcount(-1).build())
        .isInstanceOfSatisfying(CordonValidationException.class, e -> {
          assertThat(e.codes()).containsExactlyInAnyOrder("CORDON-VALUE-002", "CORDON-VALUE-009");
          assertThat(e.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("name", "headcount");
          assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("不能为空");
        });
  }

  @Test
  void missingAttributesAreAValidationError() {
    assertThatThrownBy(() -> Unit.builder().id(UnitId.of("u1")).build())
        .isInstanceOfSatisfying(CordonValidationException.class, e ->
            assertThat(e.violations()).extracting(v -> v.field()).containsExactly("name", "kind", "headcount"));
  }

  @Test
  void aUnitCannotBeItsOwnParent() {
    assertThatThrownBy(() -> Unit.builder().id(UnitId.of("u1")).name("包头热力").kind(UnitKind.GROUP)
        .parent(UnitId.of("u1")).headcount(1).build())
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.codes()).containsExactly("CORDON-UNIT-001"));
  }

  @Test
  void roundTripsThroughJson() {
    Unit u = Unit.builder().id(UnitId.of("u1")).name("包头热力").kind(UnitKind.GROUP).headcount(3).build();
    String json = CordonJson.write(u);
    assertThat(json).contains("\"id\":\"u1\"");
    assertThat(CordonJson.read(json, Unit.class)).isEqualTo(u);
  }

  @Test
  void jsonErrorsNameThePath() {
    assertThatThrownBy(() -> CordonJson.read("{\"id\":\"u1\",\"name\":\"\",\"kind\":\"GROUP\",\"headcount\":1}", Unit.class))
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("$.name"));
  }
}
