package dev.cordon.core.risk;

import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.region.RegionLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Published medium/high-risk area lists (中高風險地區名單) turned into {@link RiskArea}s.
 *
 * <p>The lists were published daily as place names, never as codes. Each name is resolved to the
 * county (or, when no county is named, the city) it lies in with the division table; a name that
 * cannot be resolved to at least a city is {@linkplain #unresolved() reported}, never guessed.
 *
 * <p>Dates follow DESIGN §4 "Risk levels": a published list applies to its whole as-of day and
 * stays in force until the next list; a day without a list keeps the previous one; an empty list
 * means no risk area. When a day has several lists (two provinces quoting the national list, or two
 * releases), the latest of the day applies — one with a known time beats one without, and lists
 * published at the same latest time are merged. An area listed on consecutive lists at the same
 * level becomes one {@code RiskArea} in force {@code [first list, first later list without it)};
 * a change of level starts a new one. An area still listed on the last list stays in force
 * (open-ended): there is no later list to end it.
 *
 * <p>The same area published in different forms ({@code 额济纳旗达来呼布镇},
 * {@code 阿拉善盟额济纳旗达来呼布镇}) is one area: areas are identified by the division resolved and
 * the rest of the name. Ids are derived from that identity, the level and the first day, so loading
 * the same lists twice gives the same ids.
 *
 * <p>Input (UTF-8, tab-separated, a header line): the areas, {@code as_of_date, as_of_time, level,
 * group_as_published, area_as_published, …, source_file}; optionally the lists,
 * {@code as_of_date, as_of_time, source, …, source_file} — needed to know the days whose list was
 * empty, which have no area rows.
 */
public final class PublishedRiskAreas {
  private final List<RiskArea> areas;
  private final List<String> unresolved;
  private final int rows;
  private final int unresolvedRows;
  private final List<LocalDate> listDays;

  private PublishedRiskAreas(List<RiskArea> areas, List<String> unresolved, int rows, int unresolvedRows,
      List<LocalDate> listDays) {
    this.areas = List.copyOf(areas);
    this.unresolved = List.copyOf(unresolved);
    this.rows = rows;
    this.unresolvedRows = unresolvedRows;
    this.listDays = List.copyOf(listDays);
  }

  /** Reads area rows only: the days with a list are the days that have rows. */
  public static PublishedRiskAreas read(InputStream areaRows) {
    return read(areaRows, null);
  }

  /**
   * Reads area rows and the lists they come from ({@code lists} may be null). The streams are read
   * to their end and not closed.
   *
   * @throws CordonConfigurationException if a file is not in the expected form
   */
  public static PublishedRiskAreas read(InputStream areaRows, InputStream lists) {
    Objects.requireNonNull(areaRows, "areaRows");
    Map<LocalDate, Map<Snapshot, List<String[]>>> byDay = new TreeMap<>();
    int rows = 0;
    for (String[] f : lines(areaRows, "area rows", 7)) {
      Snapshot s = new Snapshot(f[0], f[1], f[6]);
      byDay.computeIfAbsent(date(f[0]), d -> new TreeMap<>()).computeIfAbsent(s, x -> new ArrayList<>()).add(f);
      rows++;
    }
    if (lists != null) {
      for (String[] f : lines(lists, "lists", 8)) {
        byDay.computeIfAbsent(date(f[0]), d -> new TreeMap<>()).computeIfAbsent(new Snapshot(f[0], f[1], f[7]),
            x -> new ArrayList<>());
      }
    }

    PlaceNames names = PlaceNames.get();
    Map<String, Optional<PlaceNames.Resolved>> resolved = new LinkedHashMap<>();
    TreeSet<String> unresolved = new TreeSet<>();
    int unresolvedRows = 0;
    for (Map<Snapshot, List<String[]>> day : byDay.values()) {
      for (List<String[]> snap : day.values()) {
        for (String[] f : snap) {
          String published = published(f);
          if (resolved.computeIfAbsent(published, p -> Optional.ofNullable(resolve(names, f[3], f[4]))).isEmpty()) {
            unresolved.add(published);
            unresolvedRows++;
          }
        }
      }
    }
    // the list in force on each list day: area key → level and name as published
    Map<LocalDate, Map<String, Listed>> listed = new TreeMap<>();
    for (Map.Entry<LocalDate, Map<Snapshot, List<String[]>>> day : byDay.entrySet()) {
      int latest = day.getValue().keySet().stream().mapToInt(Snapshot::minutes).max().orElse(-1);
      Map<String, Listed> list = new TreeMap<>();
      for (Map.Entry<Snapshot, List<String[]>> snap : day.getValue().entrySet()) {
        if (snap.getKey().minutes() != latest) {
          continue;
        }
        for (String[] f : snap.getValue()) {
          Optional<PlaceNames.Resolved> r = resolved.get(published(f));
          if (r.isEmpty()) {
            continue;
          }
          RiskLevel level = level(f[2]);
          String key = r.get().region().code() + "|" + r.get().rest();
          Listed prev = list.get(key);
          if (prev == null || level.compareTo(prev.level()) > 0) {
            list.put(key, new Listed(r.get().region(), r.get().rest(), level, f[4].strip()));
          }
        }
      }
      listed.put(day.getKey(), list);
    }

    List<RiskArea> areas = new ArrayList<>();
    Map<String, Open> open = new TreeMap<>();
    for (Map.Entry<LocalDate, Map<String, Listed>> day : listed.entrySet()) {
      LocalDate d = day.getKey();
      for (var it = open.entrySet().iterator(); it.hasNext(); ) {
        var o = it.next();
        Listed now = day.getValue().get(o.getKey());
        if (now == null || now.level() != o.getValue().listed().level()) {
          areas.add(area(o.getValue(), Optional.of(d)));
          it.remove();
        }
      }
      for (Map.Entry<String, Listed> l : day.getValue().entrySet()) {
        open.putIfAbsent(l.getKey(), new Open(l.getValue(), d));
      }
    }
    open.values().forEach(o -> areas.add(area(o, Optional.empty())));
    areas.sort(Comparator.comparing(RiskArea::inForceFrom).thenComparing(RiskArea::id));
    return new PublishedRiskAreas(areas, new ArrayList<>(unresolved), rows, unresolvedRows,
        new ArrayList<>(listed.keySet()));
  }

  /** The areas, ordered by first day in force, then id. */
  public List<RiskArea> areas() {
    return areas;
  }

  /** The published names (group and place) that could not be resolved to a city, ordered. */
  public List<String> unresolved() {
    return unresolved;
  }

  /** How many area rows were read. */
  public int rows() {
    return rows;
  }

  /** How many area rows could not be resolved (their areas are missing from {@link #areas()}). */
  public int unresolvedRows() {
    return unresolvedRows;
  }

  /** The days that had a list (possibly empty), ascending. */
  public List<LocalDate> listDays() {
    return listDays;
  }

  private static PlaceNames.Resolved resolve(PlaceNames names, String group, String area) {
    PlaceNames.Resolved g = names.resolve(group, null);
    if (g.region() == null || !g.rest().isEmpty()) {
      return null;
    }
    PlaceNames.Resolved r = names.resolve(area, g.region());
    RegionCode at = r.region();
    // a province alone is not a place; a municipality (直轄市) is its own city
    if (at.level() == RegionLevel.PROVINCE && !isMunicipality(at)) {
      return null;
    }
    return r;
  }

  private static boolean isMunicipality(RegionCode province) {
    String p = province.code().substring(0, 2);
    return p.equals("11") || p.equals("12") || p.equals("31") || p.equals("50");
  }

  private static String published(String[] f) {
    return (f[3].strip() + " " + f[4].strip()).strip();
  }

  private static RiskArea area(Open o, Optional<LocalDate> to) {
    Listed l = o.listed();
    String id = l.region().code() + "-" + l.level().name().toLowerCase(Locale.ROOT) + "-" + o.from() + "-"
        + hash(l.region().code() + "|" + l.rest());
    String place = l.published().isEmpty() ? l.region().name() : l.published();
    return RiskArea.builder().id(RiskAreaId.of(id)).region(l.region())
        .place(place.length() > 500 ? place.substring(0, 500) : place)
        .level(l.level()).inForceFrom(o.from()).inForceTo(to).build();
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RiskLevel level(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "high", "高", "高风险" -> RiskLevel.HIGH;
      case "medium", "中", "中风险" -> RiskLevel.MEDIUM;
      default -> throw new CordonConfigurationException("Unknown risk level '" + s + "' in a published list");
    };
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new CordonConfigurationException("Bad as_of_date '" + s + "' in a published list", e);
    }
  }

  private static List<String[]> lines(InputStream in, String what, int columns) {
    List<String[]> out = new ArrayList<>();
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = r.readLine();
      if (line == null) {
        return out;
      }
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < columns) {
          throw new CordonConfigurationException("Line " + n + " of the " + what + " has " + f.length
              + " columns, expected " + columns);
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** One published list: day, time (may be empty) and file. */
  private record Snapshot(String day, String time, String file) implements Comparable<Snapshot> {
    int minutes() {
      String t = time.strip();
      if (!t.matches("\\d{1,2}:\\d{2}")) {
        return -1;
      }
      String[] p = t.split(":");
      return Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
    }

    @Override
    public int compareTo(Snapshot o) {
      return Comparator.comparing(Snapshot::day).thenComparing(Snapshot::time).thenComparing(Snapshot::file)
          .compare(this, o);
    }
  }

  private record Listed(RegionCode region, String rest, RiskLevel level, String published) {}

  private record Open(Listed listed, LocalDate from) {}
}
