package dev.cordon.core.region;

import dev.cordon.core.CordonConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped division tables, loaded once on first use (holder idiom: the JVM's class
 * initialisation makes the load lazy and thread-safe without locks on the read path).
 */
final class RegionTable {
  /** The current list: its codes are in use. */
  private static final String CURRENT = "divisions-mca-2024.csv";
  /** The older list: codes found only here were withdrawn since, but still resolve. */
  private static final String WITHDRAWN = "divisions-mca-2021.csv";
  private static final String HEADER =
      "code,name,level,province_code,province_name,prefecture_code,prefecture_name";

  private final Map<String, RegionCode> byCode;
  private final Map<String, List<RegionCode>> byName;

  private RegionTable(Map<String, RegionCode> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
    Map<String, List<RegionCode>> names = new HashMap<>();
    for (RegionCode r : byCode.values()) {
      names.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
    }
    // in-use codes first, then by code, so that the usual reading of a name comes first
    Comparator<RegionCode> order = Comparator.comparing((RegionCode r) -> !r.inUse())
        .thenComparing(RegionCode::code);
    names.replaceAll((k, v) -> v.stream().sorted(order).toList());
    this.byName = Collections.unmodifiableMap(names);
  }

  static RegionTable get() {
    return Holder.TABLE;
  }

  RegionCode byCode(String code) {
    return byCode.get(code);
  }

  List<RegionCode> byName(String name) {
    return byName.getOrDefault(name, List.of());
  }

  private static final class Holder {
    static final RegionTable TABLE = load();
  }

  private static RegionTable load() {
    Map<String, RegionCode> codes = new LinkedHashMap<>();
    read(CURRENT, true, codes);
    read(WITHDRAWN, false, codes);
    return new RegionTable(codes);
  }

  private static void read(String resource, boolean inUse, Map<String, RegionCode> into) {
    InputStream in = RegionTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new CordonConfigurationException("the division table " + resource
          + " is missing from the classpath (it ships in cordon-core under dev/cordon/core/region/)");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!HEADER.equals(header)) {
        throw new CordonConfigurationException("the division table " + resource
            + " has an unexpected header: " + header);
      }
      String line;
      int row = 1;
      while ((line = reader.readLine()) != null) {
        row++;
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 7) {
          throw new CordonConfigurationException("the division table " + resource + " row " + row
              + " has " + f.length + " columns, expected 7");
        }
        // a code in both lists keeps its current reading
        into.putIfAbsent(f[0], new RegionCode(f[0], f[1], level(f[2], resource, row), inUse,
            f[3], f[5].isEmpty() ? null : f[5]));
      }
    } catch (IOException e) {
      throw new CordonConfigurationException("cannot read the division table " + resource, e);
    }
  }

  private static RegionLevel level(String level, String resource, int row) {
    return switch (level) {
      case "province" -> RegionLevel.PROVINCE;
      case "prefecture" -> RegionLevel.CITY;
      case "county" -> RegionLevel.COUNTY;
      default -> throw new CordonConfigurationException("the division table " + resource + " row "
          + row + " has an unknown level: " + level);
    };
  }
}
