package dev.cordon.core.site;

/** What kind of place a {@link Site} is. The first three are key sites (重點部位) by default. */
public enum SiteKind {
  /** A customer-service hall (營業廳). */
  SERVICE_HALL(true),
  /** A staff canteen (食堂). */
  CANTEEN(true),
  /** An office building (辦公樓). */
  OFFICE_BUILDING(true),
  /** A heating station (換熱站). */
  HEATING_STATION(false),
  /** A dormitory (宿舍). */
  DORMITORY(false),
  /** A warehouse (倉庫). */
  WAREHOUSE(false),
  /** Any other place (其他). */
  OTHER(false);

  private final boolean keyByDefault;

  SiteKind(boolean keyByDefault) {
    this.keyByDefault = keyByDefault;
  }

  /** Whether sites of this kind are key sites (重點部位) unless said otherwise. */
  public boolean isKeyByDefault() {
    return keyByDefault;
  }
}
