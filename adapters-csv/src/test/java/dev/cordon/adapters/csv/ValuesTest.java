package dev.cordon.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.adapters.csv.internal.Values;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant AT_0805 = Instant.parse("2021-10-25T00:05:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"36.5", "36.5℃", "36.5°C", " 36.5 °C ", "３６．５", "36.5度", "'36.5"})
  void temperaturesAsTyped(String cell) {
    assertThat(Values.temperature("temperature", cell)).isEqualByComparingTo(new BigDecimal("36.5"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"36,5", "97.7℉", "normal", "36.5.1", "正常 ok"})
  void temperaturesNotUnderstoodAreErrorsQuotingTheText(String cell) {
    assertThatThrownBy(() -> Values.temperature("temperature", cell))
        .isInstanceOf(CordonValidationException.class)
        .satisfies(e -> assertThat(((CordonValidationException) e).codes()).containsExactly("CORDON-CSV-004"))
        .hasMessageContaining(cell.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"13812345678", "程芳", "150202195204270010"})
  void aPhoneANameOrAnIdNumberUnderTheTemperatureHeaderIsMaskedInTheError(String cell) {
    assertThatThrownBy(() -> Values.temperature("temperature", cell))
        .isInstanceOf(CordonValidationException.class)
        .hasMessageNotContaining(cell)
        .hasMessageContaining(cell.substring(0, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"绿码", "绿", "綠碼", "green", "G", "GREEN", "ｇ"})
  void greenCodes(String cell) {
    assertThat(Values.healthCode("health_code", cell)).isEqualTo(HealthCodeColour.GREEN);
  }

  @Test
  void otherColoursAndUnknown() {
    assertThat(Values.healthCode("h", "黄码")).isEqualTo(HealthCodeColour.YELLOW);
    assertThat(Values.healthCode("h", "紅")).isEqualTo(HealthCodeColour.RED);
    assertThat(Values.healthCode("h", "未出示")).isEqualTo(HealthCodeColour.NOT_PRESENTED);
    assertThatThrownBy(() -> Values.healthCode("h", "蓝码")).hasMessageContaining("蓝码")
        .hasMessageContaining("CORDON-CSV-005");
  }

  @Test
  void itineraryStatuses() {
    assertThat(Values.itinerary("i", "带星", List.of()).starred()).isTrue();
    assertThat(Values.itinerary("i", "*", List.of()).starred()).isTrue();
    assertThat(Values.itinerary("i", "无星", List.of()).starred()).isFalse();
    assertThat(Values.itinerary("i", "未出示", List.of()).presented()).isFalse();
    assertThatThrownBy(() -> Values.itinerary("i", "maybe", List.of())).hasMessageContaining("CORDON-CSV-006");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-10-25 08:05", "2021/10/25 8:05", "2021年10月25日 8:05",
      "２０２１－１０－２５　０８：０５", "2021-10-25T08:05", "2021-10-25T08:05:00+08:00",
      "2021-10-25T00:05:00Z", "2021.10.25 8时5分", "2021年10月25日8点05分"})
  void dateTimesAsTyped(String cell) {
    assertThat(Values.instant("at", cell, SHANGHAI)).isEqualTo(AT_0805);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-30 08:05", "25/10/2021 08:05", "2021-10-25 25:00", "yesterday"})
  void dateTimesNotUnderstood(String cell) {
    assertThatThrownBy(() -> Values.instant("at", cell, SHANGHAI)).hasMessageContaining("CORDON-CSV-007");
  }

  @Test
  void separateDateAndTimeCells() {
    assertThat(Values.instant("date", "2021/10/25", "time", "8:05", SHANGHAI)).isEqualTo(AT_0805);
  }

  @Test
  void booleansAndRegions() {
    assertThat(Values.bool("k", "是")).isTrue();
    assertThat(Values.bool("k", "N")).isFalse();
    assertThatThrownBy(() -> Values.bool("k", "maybe")).hasMessageContaining("CORDON-CSV-009");
    assertThat(Values.region("r", "额济纳旗").code()).isEqualTo("152923");
    assertThat(Values.region("r", "１５０２００").code()).isEqualTo("150200");
    assertThatThrownBy(() -> Values.region("r", "和平区")).hasMessageContaining("CORDON-CSV-015");
  }
}
