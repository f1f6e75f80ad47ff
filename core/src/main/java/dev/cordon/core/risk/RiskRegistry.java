package dev.cordon.core.risk;

import dev.cordon.core.region.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Risk levels by city and day (風險等級查詢): "the level of this city on that date" is the highest
 * level of any area in force that day inside the city (comparisons at city, i.e. prefecture, level).
 * A city with no listed area is {@link RiskLevel#LOW}.
 */
public final class RiskRegistry {
  private final Map<RegionCode, List<RiskArea>> byCity = new HashMap<>();

  private RiskRegistry(Collection<RiskArea> areas) {
    for (RiskArea a : areas) {
      byCity.computeIfAbsent(a.region().city(), c -> new ArrayList<>()).add(a);
    }
    byCity.values().forEach(l -> l.sort(Comparator.comparing(RiskArea::inForceFrom).thenComparing(RiskArea::id)));
  }

  /** A registry of the given areas. */
  public static RiskRegistry of(Collection<RiskArea> areas) {
    return new RiskRegistry(areas);
  }

  /** The level of {@code region}'s city on {@code day}. */
  public RiskLevel levelOf(RegionCode region, LocalDate day) {
    RiskLevel level = RiskLevel.LOW;
    for (RiskArea a : byCity.getOrDefault(region.city(), List.of())) {
      if (a.isInForceOn(day)) {
        level = level.max(a.level());
      }
    }
    return level;
  }

  /** The highest level of {@code region}'s city on any day of {@code [from, to)}. */
  public RiskLevel highestLevel(RegionCode region, LocalDate from, LocalDate to) {
    RiskLevel level = RiskLevel.LOW;
    for (RiskArea a : byCity.getOrDefault(region.city(), List.of())) {
      boolean overlaps = a.inForceFrom().isBefore(to) && a.inForceTo().map(e -> e.isAfter(from)).orElse(true);
      if (overlaps) {
        level = level.max(a.level());
      }
    }
    return level;
  }

  /** The areas in force inside {@code region}'s city on {@code day}. */
  public List<RiskArea> areasIn(RegionCode region, LocalDate day) {
    return byCity.getOrDefault(region.city(), List.of()).stream().filter(a -> a.isInForceOn(day)).toList();
  }
}
