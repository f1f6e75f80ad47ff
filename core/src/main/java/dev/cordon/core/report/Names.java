package dev.cordon.core.report;

import dev.cordon.core.finding.Subject;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.validation.Masking;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report calls the things its data names by id: units, sites and supply items by name,
 * people by masked name (王*明; in full only in a report made through a revealed view,
 * {@code Cordon.revealing}, which logs it), rules by their description. Reports keep every id
 * in a column of its own and show the name beside it; messages written with ids (场所 S-B03-HL) are
 * shown with the names put in ({@link #message(String, String)}).
 *
 * @param units unit id → name, in the unit tree's order (depth-first)
 * @param sites site id → name
 * @param items supply item id → name
 * @param people person id → masked name (the name as stored, for a revealed view)
 * @param rules rule id → what the rule detects
 */
public record Names(Map<String, String> units, Map<String, String> sites, Map<String, String> items,
    Map<String, String> people, Map<String, Text> rules) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern KIND_PREFIX = Pattern.compile("(?i)(site|unit|person|item|holding):$");

  public Names {
    units = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(units));
    sites = Map.copyOf(sites);
    items = Map.copyOf(items);
    people = Map.copyOf(people);
    rules = Map.copyOf(rules);
  }

  /** No names: every id is shown as itself. */
  public static Names none() {
    return new Names(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** A person's name masked for a report: {@code 王小明} → {@code 王*明}, {@code 王明} → {@code 王*}. */
  public static String maskName(String name) {
    return Masking.mask(Masking.Kind.TEXT, name);
  }

  /** The unit's name, or its id when unknown. */
  public String unit(UnitId id) {
    return units.getOrDefault(id.value(), id.value());
  }

  /** The unit's name, or its id when unknown. */
  public String unit(String id) {
    return units.getOrDefault(id, id);
  }

  /** The item's name, or its id when unknown. */
  public String item(String id) {
    return items.getOrDefault(id, id);
  }

  /** What the rule detects, or its id when unknown. */
  public Text rule(String id) {
    return rules.getOrDefault(id, Text.same(id));
  }

  /**
   * What a finding is about, by name: a site's or unit's name, a person's masked name, a holder's
   * stock as unit and item; a record by its id.
   */
  public Text subject(Subject s) {
    String id = s.id();
    return switch (s.kind().name()) {
      case "SITE" -> Text.same(sites.getOrDefault(id, id));
      case "UNIT" -> Text.same(unit(id));
      case "PERSON" -> Text.same(people.getOrDefault(id, id));
      case "HOLDING" -> {
        int slash = id.indexOf('/');
        yield slash < 0 ? Text.same(id)
            : Text.of(unit(id.substring(0, slash)) + ", " + item(id.substring(slash + 1)),
                unit(id.substring(0, slash)) + " " + item(id.substring(slash + 1)));
      }
      default -> Text.same(""); // a record: its id is in the subject id column, its content in the message
    };
  }

  /**
   * A finding's message with the ids of units, sites and items replaced by their names and a
   * person's id by the masked name with the id after it ({@code 员工 王*明（P-00774）}); other ids
   * (entries, declarations) stay.
   */
  public Text message(String en, String zh) {
    return Text.of(named(en, false), named(zh, true));
  }

  private String named(String text, boolean chinese) {
    Matcher m = ID.matcher(text);
    StringBuilder b = new StringBuilder(text.length() + 32);
    int last = 0;
    while (m.find()) {
      String id = m.group();
      if (!(units.containsKey(id) || sites.containsKey(id) || items.containsKey(id) || people.containsKey(id))) {
        continue; // another word or id: left as it is
      }
      // "site:S-B01-HL" → the site's name; the kind prefix is for machines
      String before = KIND_PREFIX.matcher(text.substring(last, m.start())).replaceFirst("");
      boolean bracketed = before.endsWith("（") || before.endsWith("(");
      String name = units.containsKey(id) ? units.get(id)
          : sites.containsKey(id) ? sites.get(id)
          : items.containsKey(id) ? items.get(id)
          : people.containsKey(id) ? people.get(id) + (bracketed ? (chinese ? "，" : ", ") + id
              : chinese ? "（" + id + "）" : " (" + id + ")")
          : id;
      b.append(before).append(name);
      last = m.end();
    }
    b.append(text, last, text.length());
    return b.toString();
  }

  /** Every token of {@code text} that could be an id (for looking up the people a message names). */
  public static java.util.List<String> ids(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    Matcher m = ID.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
