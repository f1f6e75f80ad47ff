package dev.cordon.core.risk;

import dev.cordon.core.region.RegionCode;
import dev.cordon.core.region.RegionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a published place name (公佈地名) such as {@code 内蒙古阿拉善盟额济纳旗达来呼布镇} to the
 * deepest division it names, by stripping division names off its front progressively: province,
 * then prefecture-level city, then county — each matched among the divisions inside the one found
 * so far, so {@code 新城区} in 呼和浩特 is never the one in 西安. A level may be skipped
 * ({@code 内蒙古} + {@code 额济纳旗…}), a level already known may be repeated ({@code 北京市海淀区} +
 * {@code 海淀区西三旗街道…}), and provinces and cities may be written without their suffix
 * ({@code 内蒙古}, {@code 宁夏}, {@code 哈尔滨}). Counties must be written in full: a short county
 * name is too often the start of an ordinary word. Two different divisions matching equally well is
 * ambiguous and stops the descent, rather than guessing.
 */
final class PlaceNames {
  private static final String[] SUFFIXES = {"特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
      "省", "市", "盟", "地区"};

  /** Divisions directly or indirectly inside each division; the key null holds the provinces. */
  private final Map<RegionCode, List<RegionCode>> inside = new HashMap<>();

  private static final class Holder {
    static final PlaceNames INSTANCE = new PlaceNames();
  }

  static PlaceNames get() {
    return Holder.INSTANCE;
  }

  private PlaceNames() {
    List<RegionCode> provinces = new ArrayList<>();
    for (int p = 10; p <= 99; p++) {
      Optional<RegionCode> province = RegionCode.find(p + "0000");
      if (province.isEmpty() || province.get().level() != RegionLevel.PROVINCE) {
        continue;
      }
      provinces.add(province.get());
      for (int rest = 1; rest <= 9999; rest++) {
        String code = p + String.format("%04d", rest);
        RegionCode.find(code).ifPresent(r -> {
          for (Optional<RegionCode> up = r.parent(); up.isPresent(); up = up.get().parent()) {
            inside.computeIfAbsent(up.get(), k -> new ArrayList<>()).add(r);
          }
        });
      }
    }
    inside.put(null, provinces);
  }

  /**
   * The deepest division named at the front of {@code text} within {@code within} (null: anywhere),
   * and what is left of the text.
   */
  Resolved resolve(String text, RegionCode within) {
    RegionCode at = within;
    String rest = clean(text);
    boolean progress = true;
    while (progress && !rest.isEmpty()) {
      progress = false;
      // a name already known, repeated ("北京市海淀区" then "海淀区…"); a longer name inside wins
      // ("阿拉善盟" then "阿拉善左旗…" is the banner, not 阿拉善 repeated)
      int repeated = 0;
      for (Optional<RegionCode> known = Optional.ofNullable(at); known.isPresent(); known = known.get().parent()) {
        repeated = Math.max(repeated, prefixLength(rest, known.get()));
      }
      RegionCode best = null;
      int bestLength = 0;
      boolean ambiguous = false;
      for (RegionCode candidate : inside.getOrDefault(at, List.of())) {
        int n = prefixLength(rest, candidate);
        if (n > bestLength) {
          best = candidate;
          bestLength = n;
          ambiguous = false;
        } else if (n > 0 && n == bestLength && !candidate.equals(best)) {
          // the same name twice inside one division: prefer the one still in use, else give up
          if (candidate.inUse() == best.inUse()) {
            ambiguous = true;
          } else if (candidate.inUse()) {
            best = candidate;
          }
        }
      }
      if (best != null && !ambiguous && bestLength > repeated) {
        at = best;
        rest = rest.substring(bestLength);
        progress = true;
      } else if (repeated > 0) {
        rest = rest.substring(repeated);
        progress = true;
      }
    }
    return new Resolved(at, rest);
  }

  /** The length of the name of {@code r} (full, or short for a province or city) that starts {@code text}. */
  private static int prefixLength(String text, RegionCode r) {
    String name = r.name();
    if (text.startsWith(name)) {
      return name.length();
    }
    if (r.level() == RegionLevel.COUNTY) {
      return 0;
    }
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
        String shortName = name.substring(0, name.length() - suffix.length());
        if (text.startsWith(shortName)) {
          return shortName.length();
        }
      }
    }
    return 0;
  }

  /** The text without whitespace of any width. */
  static String clean(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** A resolved name: the deepest division found (null if none) and the rest of the text. */
  record Resolved(RegionCode region, String rest) {}
}
