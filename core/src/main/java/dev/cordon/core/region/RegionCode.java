package dev.cordon.core.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.internal.CordonErrors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A six-digit administrative division code (行政區劃代碼, GB/T 2260), e.g. {@code 150200} 包头市 (Baotou),
 * with its name, {@linkplain RegionLevel level}, {@linkplain #city() city} and
 * {@linkplain #province() province}.
 *
 * <p>Codes resolve against the Ministry of Civil Affairs lists of 2021-12-31 and 2024-12-31 shipped
 * with Cordon (source: yescallop/areacodes, CC0). A code on the 2024 list is {@linkplain #inUse() in
 * use}; a code found only on the 2021 list was withdrawn since but still resolves, because records
 * of that time name it. Instances are immutable, compare by code and serialise to JSON as the bare
 * code ({@code "150200"}).
 */
public final class RegionCode implements Comparable<RegionCode> {
  /** Field name in violations. */
  private static final String FIELD = "regionCode";
  /** The four municipalities (直轄市): their districts and counties have no prefecture level. */
  private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

  private final String code;
  private final String name;
  private final RegionLevel level;
  private final boolean inUse;
  private final String provinceCode;
  private final String prefectureCode;

  RegionCode(String code, String name, RegionLevel level, boolean inUse, String provinceCode,
      String prefectureCode) {
    this.code = code;
    this.name = name;
    this.level = level;
    this.inUse = inUse;
    this.provinceCode = provinceCode;
    this.prefectureCode = prefectureCode;
  }

  /**
   * The division with this code. Surrounding whitespace is ignored.
   *
   * @param code six ASCII digits, e.g. {@code "152923"}
   * @return the division, in use or withdrawn since 2021
   * @throws CordonValidationException {@code CORDON-REGION-001} if {@code code} is not six digits,
   *     {@code CORDON-REGION-002} if it is not in Cordon's table
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RegionCode of(String code) {
    if (!isSixDigits(code)) {
      throw new CordonValidationException(CordonErrors.regionCodeForm(FIELD, code));
    }
    RegionCode found = RegionTable.get().byCode(code.strip());
    if (found == null) {
      throw new CordonValidationException(CordonErrors.regionCodeUnknown(FIELD, code.strip()));
    }
    return found;
  }

  /**
   * The division with this code, or empty when {@code code} is malformed or unknown; never throws.
   *
   * @param code six digits, may be null
   * @return the division, if Cordon's table has it
   */
  public static Optional<RegionCode> find(String code) {
    return isSixDigits(code) ? Optional.ofNullable(RegionTable.get().byCode(code.strip()))
        : Optional.empty();
  }

  /**
   * Every division whose name is exactly {@code name} (行政區劃名稱), e.g. {@code "额济纳旗"} →
   * {@code [152923]}, {@code "包头市"} → {@code [150200]}. Names are matched as written in the
   * official list, in Simplified Chinese and with their suffix. Several divisions may share a name
   * ({@code 和平区}), so the result lists them all, in-use codes first, then by code. Surrounding
   * whitespace is ignored.
   *
   * @param name the full official name, including its suffix (市, 区, 县, 旗, 盟 …); may be null
   * @return the matching divisions, empty if none
   */
  public static List<RegionCode> named(String name) {
    return name == null ? List.of() : RegionTable.get().byName(name.strip());
  }

  /**
   * The divisions named exactly {@code name} that lie within {@code within} (inclusive), e.g.
   * {@code named("和平区", of("120000"))} → {@code [120101]}. Resolves a published place name when
   * its province or city is known.
   *
   * @param name the full official name; may be null
   * @param within the enclosing division
   * @return the matching divisions inside {@code within}, in-use codes first
   */
  public static List<RegionCode> named(String name, RegionCode within) {
    Objects.requireNonNull(within, "within");
    return named(name).stream().filter(within::contains).toList();
  }

  private static boolean isSixDigits(String code) {
    if (code == null) {
      return false;
    }
    String s = code.strip();
    if (s.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The six-digit code (代碼), e.g. {@code "150200"}; this is the JSON form. */
  @JsonValue
  public String code() {
    return code;
  }

  /** The official name (名稱) in Simplified Chinese, e.g. {@code 包头市}. */
  public String name() {
    return name;
  }

  /** The level (級別): province, prefecture-level city or county. */
  public RegionLevel level() {
    return level;
  }

  /**
   * Whether the code is on the current (2024) list; {@code false} for a code withdrawn since 2021
   * that still resolves (e.g. {@code 540422} 米林县, now {@code 540481} 米林市).
   */
  public boolean inUse() {
    return inUse;
  }

  /**
   * The prefecture-level unit (地級市) that contains this division, the level at which Cordon
   * compares cities (risk areas, travel destinations):
   * <ul>
   *   <li>a county-level unit → its prefecture-level city ({@code 152923} → {@code 152900});
   *   <li>a prefecture-level unit → itself;
   *   <li>a municipality (直轄市 北京 11, 天津 12, 上海 31, 重慶 50) and its districts and counties →
   *       the municipality's province-level code ({@code 110105} → {@code 110000}), since a
   *       municipality is itself the city;
   *   <li>a county-level unit directly under a province (省直轄縣級行政單位, e.g. {@code 429004}
   *       仙桃市, {@code 659001} 石河子市) → itself, since no prefecture contains it;
   *   <li>any other province-level unit → itself (it lies in no city).
   * </ul>
   */
  public RegionCode city() {
    return switch (level) {
      case PROVINCE, CITY -> this;
      case COUNTY -> {
        if (prefectureCode != null) {
          yield RegionTable.get().byCode(prefectureCode);
        }
        yield MUNICIPALITIES.contains(code.substring(0, 2)) ? province() : this;
      }
    };
  }

  /** The province-level unit (省級) that contains this division, or itself for a province. */
  public RegionCode province() {
    return level == RegionLevel.PROVINCE ? this : RegionTable.get().byCode(provinceCode);
  }

  /**
   * The division directly above (上級): a county's prefecture-level city, or its province when it
   * has none; a city's province; empty for a province.
   */
  public Optional<RegionCode> parent() {
    return switch (level) {
      case PROVINCE -> Optional.empty();
      case CITY -> Optional.of(province());
      case COUNTY -> Optional.of(prefectureCode != null
          ? RegionTable.get().byCode(prefectureCode) : province());
    };
  }

  /**
   * Whether this and {@code other} lie in the same {@linkplain #city() city} (同城), e.g. two
   * districts of Baotou, or a district of Beijing and Beijing.
   *
   * @param other another division
   */
  public boolean sameCity(RegionCode other) {
    return city().equals(other.city());
  }

  /**
   * Whether {@code other} is this division or lies within it (包含), e.g. {@code 150000} contains
   * {@code 152923} and {@code 152900} contains {@code 152923}; every division contains itself.
   *
   * @param other another division
   */
  public boolean contains(RegionCode other) {
    for (Optional<RegionCode> r = Optional.of(other); r.isPresent(); r = r.get().parent()) {
      if (r.get().equals(this)) {
        return true;
      }
    }
    return false;
  }

  /** Orders by code. */
  @Override
  public int compareTo(RegionCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionCode r && code.equals(r.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code and name, e.g. {@code 150200 包头市}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
