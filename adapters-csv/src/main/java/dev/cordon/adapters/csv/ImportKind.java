package dev.cordon.adapters.csv;

import dev.cordon.adapters.csv.internal.Layout;
import java.util.List;

/**
 * What a CSV file holds: one of the ten kinds of record Cordon imports, each with one documented
 * column layout (see the module README for the columns, their Chinese aliases and formats).
 */
public enum ImportKind {
  /** Units of the organisation (單位/部門). */
  UNITS,
  /** People: employees, visitors, contractors (人員). */
  PEOPLE,
  /** Sites with entry control (場所). */
  SITES,
  /**
   * Prevention supply items (防疫物資目錄): id, name, kind, unit of measure and how many of it make
   * one unit of the policy's consumption norm.
   */
  SUPPLY_ITEMS,
  /** Rows of a site's registration ledger (出入登記). */
  ENTRIES,
  /** Travel declarations (外出報備). */
  TRAVEL_DECLARATIONS,
  /** Prevention-supply ledger lines (防疫物資臺賬). */
  STOCK_MOVEMENTS,
  /** Duty assignments (責任分工). */
  ASSIGNMENTS,
  /** Disinfection records (消殺記錄). */
  DISINFECTION_RECORDS,
  /** Published medium/high-risk areas (中高風險地區). */
  RISK_AREAS;

  /**
   * The canonical column ids of this kind's layout, in the order the exporter writes them.
   *
   * @return the canonical column ids of this kind's layout, in the order the exporter writes them
   */
  public List<String> columns() {
    return Layout.of(this).columnIds();
  }

  /**
   * The columns a file of this kind must have (by id or by an alias).
   *
   * @return the columns a file of this kind must have (by id or by an alias)
   */
  public List<String> requiredColumns() {
    return Layout.of(this).requiredIds();
  }
}
