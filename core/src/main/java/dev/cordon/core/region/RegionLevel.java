package dev.cordon.core.region;

/** The level of an administrative division (行政區劃級別). */
public enum RegionLevel {
  /** A province-level unit (省級): province, autonomous region, municipality, SAR. */
  PROVINCE,
  /**
   * A prefecture-level unit (地級): prefecture-level city, prefecture, league (盟), autonomous
   * prefecture.
   */
  CITY,
  /** A county-level unit (縣級): district, county, county-level city, banner (旗). */
  COUNTY
}
