package dev.cordon.adapters.xlsx.internal;

import dev.cordon.core.validation.Violation;

/**
 * The stable error codes of the Excel adapter, each declared once, here, in English and
 * Simplified Chinese. Every other error of an import is the CSV importer's ({@code CORDON-CSV-…})
 * or the domain's.
 */
public final class XlsxErrors {
  private XlsxErrors() {}

  /** CORDON-XLSX-001: the file is not a workbook that can be read (truncated, not a zip, not xlsx, a zip bomb). */
  public static Violation unreadable(String why) {
    return Violation.rendered("CORDON-XLSX-001", "file", null,
        "the file is not a readable .xlsx workbook: " + why,
        "文件不是可读取的 .xlsx 工作簿：" + why);
  }

  /** CORDON-XLSX-002: a cell the layout reads holds a formula. */
  public static Violation formula(String column, String cell) {
    return Violation.rendered("CORDON-XLSX-002", column, null,
        column + " (cell " + cell + ") holds a formula, not a value; a ledger is imported from its "
            + "values: copy the column and paste it as values",
        column + "（单元格 " + cell + "）是公式而不是值；台账按值导入：请复制该列并“选择性粘贴—数值”");
  }

  /** CORDON-XLSX-003: a cell holds an error value such as {@code #N/A}. */
  public static Violation errorValue(String column, String cell, String error) {
    return Violation.rendered("CORDON-XLSX-003", column, null,
        column + " (cell " + cell + ") holds the error value " + error,
        column + "（单元格 " + cell + "）是错误值 " + error);
  }

  /** CORDON-XLSX-004: the workbook goes over one of the reader's limits. */
  public static Violation tooLarge(String what) {
    return Violation.rendered("CORDON-XLSX-004", "file", null,
        "the workbook is larger than the importer reads: " + what,
        "工作簿超出导入的上限：" + what);
  }

  /** CORDON-XLSX-005: no visible worksheet, or the sheet asked for is not there. */
  public static Violation noSheet(String what) {
    return Violation.rendered("CORDON-XLSX-005", "sheet", null,
        "no worksheet to import: " + what, "没有可导入的工作表：" + what);
  }

  /** CORDON-XLSX-006: a value beyond the last column read. */
  public static Violation beyondColumns(String cell, int max) {
    return Violation.rendered("CORDON-XLSX-006", "row", null,
        "cell " + cell + " holds a value beyond the " + max + " columns read",
        "单元格 " + cell + " 的值超出读取的 " + max + " 列");
  }

  /** CORDON-XLSX-007: a cell the layout reads lies inside merged cells, whose value is in their first cell only. */
  public static Violation merged(String column, String cell, String range) {
    return Violation.rendered("CORDON-XLSX-007", column, null,
        column + " (cell " + cell + ") is part of the merged cells " + range
            + ", whose value is in their first cell only; unmerge them and fill every row",
        column + "（单元格 " + cell + "）位于合并单元格 " + range + " 中，其值只在第一个单元格；请取消合并并逐行填写");
  }
}
