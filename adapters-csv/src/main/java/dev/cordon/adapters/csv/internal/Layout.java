package dev.cordon.adapters.csv.internal;

import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Masking;
import dev.cordon.core.validation.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The column layout of one {@link ImportKind}: its columns in export order, which are required,
 * which hold numbers or personal data, and the header aliases that real ledgers use
 * ({@code header-aliases.tsv}).
 */
public final class Layout {
  /**
   * One column.
   *
   * @param id the canonical id, also the exported header
   * @param required whether a file must have it
   * @param numeric whether it holds numbers (never formula-defused)
   * @param personal how to mask it in messages, or null when it is not personal data
   * @param freeText whether it holds prose typed by people (a purpose, a note), the only kind of
   *     cell where a quoted line break is accepted
   */
  public record Col(String id, boolean required, boolean numeric, Masking.Kind personal,
      boolean freeText) {}

  /** Headers of an error file's reason column, ignored on import. */
  public static final Set<String> REASON_HEADERS = Set.of("reason", "错误原因", "錯誤原因");

  private static final Map<ImportKind, Layout> LAYOUTS = new EnumMap<>(ImportKind.class);

  static {
    Map<ImportKind, List<Col>> cols = new EnumMap<>(ImportKind.class);
    cols.put(ImportKind.UNITS, List.of(req("id"), req("name"), req("kind"), opt("parent"),
        num("headcount", true)));
    cols.put(ImportKind.PEOPLE, List.of(req("id"), personal("name", true, Masking.Kind.NAME),
        opt("category"), opt("unit"), opt("rank"), personal("phone", false, Masking.Kind.PHONE),
        personal("resident_id", false, Masking.Kind.RESIDENT_ID), opt("left_on")));
    cols.put(ImportKind.SITES, List.of(req("id"), req("name"), req("kind"), req("owner"),
        req("region"), opt("key_site"), num("capacity", false), opt("required_checks"),
        opt("opening_hours")));
    cols.put(ImportKind.SUPPLY_ITEMS, List.of(req("id"), req("name"), req("kind"),
        req("unit_of_measure"), num("units_per_norm_unit", false)));
    cols.put(ImportKind.ENTRIES, List.of(opt("id"), req("site"), opt("at"), opt("date"),
        opt("time"), opt("category"), opt("person_id"),
        personal("name", false, Masking.Kind.NAME), personal("phone", false, Masking.Kind.PHONE),
        personal("resident_id", false, Masking.Kind.RESIDENT_ID), text("purpose", false),
        personal("host", false, Masking.Kind.NAME), num("temperature", false),
        opt("health_code"), opt("itinerary"), opt("cities_visited"), opt("decision"),
        opt("recorded_by"), opt("source"), opt("supersedes")));
    cols.put(ImportKind.TRAVEL_DECLARATIONS, List.of(opt("id"), req("employee"),
        req("destinations"), text("purpose", true), req("purpose_kind"), req("planned_departure"),
        req("planned_return"), req("declared_at"), opt("approval_status"), opt("approver"),
        opt("decided_at"), text("approval_note", false), opt("state"), opt("actual_departure"),
        opt("actual_return"), opt("return_reported_at"), opt("return_health_code"),
        opt("follow_up_until"), opt("follow_up_closed_at")));
    cols.put(ImportKind.STOCK_MOVEMENTS, List.of(opt("id"), req("item"), req("kind"), req("at"),
        req("holder"), opt("destination"), num("quantity", true), opt("lot"), opt("expiry"),
        opt("recorded_by"), text("note", false), opt("supersedes")));
    cols.put(ImportKind.ASSIGNMENTS, List.of(opt("id"), req("person"), req("role"), opt("unit"),
        opt("site"), req("valid_from"), opt("valid_to")));
    cols.put(ImportKind.DISINFECTION_RECORDS, List.of(opt("id"), req("site"), req("at"),
        opt("performed_by_unit"), opt("performed_by"), text("areas", false), opt("agent")));
    cols.put(ImportKind.RISK_AREAS, List.of(opt("id"), req("region"), text("place", true), req("level"),
        req("in_force_from"), opt("in_force_to")));
    Map<ImportKind, Map<String, String>> aliases = loadAliases(cols);
    for (ImportKind k : ImportKind.values()) {
      LAYOUTS.put(k, new Layout(k, cols.get(k), aliases.get(k)));
    }
  }

  private final ImportKind kind;
  private final List<Col> columns;
  private final Map<String, Col> byId = new LinkedHashMap<>();
  /** Normalised header → column id. */
  private final Map<String, String> aliases;

  private Layout(ImportKind kind, List<Col> columns, Map<String, String> aliases) {
    this.kind = kind;
    this.columns = List.copyOf(columns);
    for (Col c : columns) {
      byId.put(c.id(), c);
    }
    this.aliases = aliases;
  }

  /** The layout of {@code kind}. */
  public static Layout of(ImportKind kind) {
    return LAYOUTS.get(kind);
  }

  /** The kind. */
  public ImportKind kind() {
    return kind;
  }

  /** The columns in export order. */
  public List<Col> columns() {
    return columns;
  }

  /** The column ids in export order. */
  public List<String> columnIds() {
    return columns.stream().map(Col::id).toList();
  }

  /** The ids of the required columns. */
  public List<String> requiredIds() {
    return columns.stream().filter(Col::required).map(Col::id).toList();
  }

  /** The column with {@code id}. */
  public Col column(String id) {
    return byId.get(id);
  }

  /** Whether the layout has a column {@code id}. */
  public boolean has(String id) {
    return byId.containsKey(id);
  }

  /** The columns of the layout that hold free text (see {@link Col#freeText()}). */
  public List<String> freeTextIds() {
    return columns.stream().filter(Col::freeText).map(Col::id).toList();
  }

  /**
   * The column a header denotes, or null for an unknown header: the id itself or an alias, after
   * {@linkplain #normaliseHeader normalisation}.
   */
  public String columnOf(String header) {
    String h = normaliseHeader(header);
    if (byId.containsKey(h)) {
      return h;
    }
    return aliases.get(h);
  }

  /**
   * Maps a header row to columns.
   *
   * @param header the header cells as read
   * @return the mapping
   * @throws CordonValidationException {@code CORDON-CSV-001} when a required column is missing,
   *     {@code CORDON-CSV-002} when two headers denote one column
   */
  public HeaderMapping map(List<String> header) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, List<String>> seen = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    int reason = -1;
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "");
      if (REASON_HEADERS.contains(normaliseHeader(raw))) {
        reason = i;
        continue;
      }
      String col = columnOf(raw);
      if (col == null) {
        if (!raw.isBlank()) {
          ignored.add(raw.strip());
        }
        continue;
      }
      seen.computeIfAbsent(col, c -> new ArrayList<>()).add(raw.strip());
      index.putIfAbsent(col, i);
    }
    if (kind == ImportKind.ENTRIES && !index.containsKey("at") && !index.containsKey("date")
        && index.containsKey("time")) {
      // a ledger whose only time column (时间) holds the full date and time
      index.put("at", index.remove("time"));
    }
    List<Violation> v = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : seen.entrySet()) {
      if (e.getValue().size() > 1) {
        v.add(CsvErrors.headersOfOneColumn(e.getKey(),
            Shown.cutList(e.getValue())));
      }
    }
    List<String> missing = new ArrayList<>();
    for (Col c : columns) {
      if (c.required() && !index.containsKey(c.id())) {
        missing.add(c.id());
      }
    }
    if (kind == ImportKind.ENTRIES && !index.containsKey("at")
        && !(index.containsKey("date") && index.containsKey("time"))) {
      missing.add("at (or date + time)");
    }
    if (!missing.isEmpty()) {
      // the "header" may be a data row (a file without a header): never echo its cells unmasked
      // a line with data-like cells (dates, phones, numbers) is a data row: mask every unknown
      // cell (names too); a real header with misspelt names is shown as written
      int dataLike = 0;
      for (String h : header) {
        String raw = h == null ? "" : h.replace("\uFEFF", "").strip();
        if (columnOf(raw) == null && Shown.looksLikeData(raw)) {
          dataLike++;
        }
      }
      List<String> shown = new ArrayList<>();
      for (String h : header) {
        String raw = h == null ? "" : h.replace("\uFEFF", "").strip();
        boolean known = columnOf(raw) != null || REASON_HEADERS.contains(normaliseHeader(raw));
        shown.add(known ? Shown.cut(raw) : dataLike > 0 ? Shown.masked(raw) : Shown.cut(Shown.maskDigits(raw)));
      }
      String found = Shown.cutList(shown);
      v.add(0, dataLike > 0
          ? CsvErrors.noHeader(missing.toString(), found)
          : CsvErrors.headerLacksColumns(missing.toString(), found));
    }
    if (!v.isEmpty()) {
      throw new CordonValidationException(v);
    }
    return new HeaderMapping(this, index, List.copyOf(ignored), reason, header.size());
  }

  /**
   * A header compared with the aliases: NFKC, lower case, white space and invisible characters
   * (zero-width, bidirectional controls) removed, a trailing
   * parenthesised unit or remark ({@code 体温(℃)}), a trailing {@code *} and colon removed.
   */
  public static String normaliseHeader(String header) {
    String h = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC)
        .replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    if (h.chars().anyMatch(c -> Row.isInvisible((char) c))) {
      // a zero-width space pasted into a header cell must not hide the column
      StringBuilder b = new StringBuilder(h.length());
      h.chars().filter(c -> !Row.isInvisible((char) c)).forEach(c -> b.append((char) c));
      h = b.toString().strip();
    }
    h = h.replaceAll("\\s+", "");
    h = h.replaceAll("[*:]+$", "");
    h = h.replaceAll("^(.+?)\\(.*\\)$", "$1");
    return h.replaceAll("[*:]+$", "");
  }

  private static Map<ImportKind, Map<String, String>> loadAliases(Map<ImportKind, List<Col>> cols) {
    Map<ImportKind, Map<String, String>> out = new EnumMap<>(ImportKind.class);
    for (ImportKind k : ImportKind.values()) {
      out.put(k, new HashMap<>());
    }
    try (InputStream in = Layout.class.getResourceAsStream("header-aliases.tsv")) {
      if (in == null) {
        throw new IllegalStateException("header-aliases.tsv missing from the CSV adapter jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        for (ImportKind k : ImportKind.values()) {
          boolean applies = f[0].equals("*") || f[0].equals(k.name());
          if (applies && cols.get(k).stream().anyMatch(c -> c.id().equals(f[1]))) {
            out.get(k).putIfAbsent(normaliseHeader(f[2]), f[1]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Col req(String id) {
    return new Col(id, true, false, null, false);
  }

  private static Col opt(String id) {
    return new Col(id, false, false, null, false);
  }

  private static Col text(String id, boolean required) {
    return new Col(id, required, false, null, true);
  }

  private static Col num(String id, boolean required) {
    return new Col(id, required, true, null, false);
  }

  private static Col personal(String id, boolean required, Masking.Kind kind) {
    return new Col(id, required, false, kind, false);
  }
}
