package dev.cordon.core.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.LocalDate;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cordon.core.json.CordonJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The dated versions of the {@link PreventionPolicy} (政策沿革): each is in force from its
 * {@code effectiveFrom} until the next one takes effect. A record is judged under
 * {@link #policyOn(LocalDate) the policy in force on its own date}. In JSON, a history is an array
 * of policies.
 */
public final class PolicyHistory {
  private final NavigableMap<LocalDate, PreventionPolicy> byDate;

  private PolicyHistory(NavigableMap<LocalDate, PreventionPolicy> byDate) {
    this.byDate = byDate;
  }

  /** A history of the given policies; two taking effect on one day are refused. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PolicyHistory of(List<PreventionPolicy> policies) {
    NavigableMap<LocalDate, PreventionPolicy> map = new TreeMap<>();
    List<Violation> dup = new ArrayList<>();
    for (int i = 0; i < policies.size(); i++) {
      PreventionPolicy p = policies.get(i);
      if (map.putIfAbsent(p.effectiveFrom(), p) != null) {
        dup.add(CordonErrors.policiesOnSameDate("[" + i + "].effectiveFrom", p.effectiveFrom()));
      }
    }
    if (policies.isEmpty()) {
      dup.add(CordonErrors.required("policies"));
    }
    if (!dup.isEmpty()) {
      throw new CordonValidationException(dup);
    }
    return new PolicyHistory(map);
  }

  /**
   * Reads a policy file: a JSON array of dated policies, each with <b>every</b> attribute given (a
   * file that leaves one out is refused rather than filled in with a default the office never saw).
   * Every fault is reported at once with its JSON path — {@code $[1].feverThreshold} missing
   * ({@code CORDON-VALUE-001}), of the wrong type, unknown, duplicated (as {@link CordonJson#read}
   * reports them) — and the policies are then validated as {@link #of} does.
   *
   * @throws CordonValidationException if the file is not such an array
   */
  public static PolicyHistory readFile(InputStream json) throws IOException {
    byte[] bytes = json.readAllBytes();
    JsonNode tree;
    try {
      tree = CordonJson.mapper().readTree(bytes);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return CordonJson.read(new String(bytes, StandardCharsets.UTF_8), PolicyHistory.class); // reports where
    }
    if (tree == null || !tree.isArray()) {
      // not an array: the typed read names what was found instead, at $
      return CordonJson.read(new String(bytes, StandardCharsets.UTF_8), PolicyHistory.class);
    }
    Set<String> attributes = new TreeSet<>();
    JsonNode complete = CordonJson.mapper().readTree(CordonJson.write(PreventionPolicy.defaults().build()));
    complete.fieldNames().forEachRemaining(attributes::add);
    Set<String> retention = new TreeSet<>();
    complete.get("retention").fieldNames().forEachRemaining(retention::add);
    Set<String> forensics = new TreeSet<>();
    complete.get("ledgerForensics").fieldNames().forEachRemaining(forensics::add);
    List<Violation> missing = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      JsonNode policy = tree.get(i);
      if (!policy.isObject()) {
        continue; // the typed read below names the wrong type
      }
      for (String a : attributes) {
        if (!policy.has(a)) {
          missing.add(CordonErrors.required("$[" + i + "]." + a));
        }
      }
      JsonNode kept = policy.get("retention");
      if (kept != null && kept.isObject()) {
        for (String a : retention) {
          if (!kept.has(a)) {
            missing.add(CordonErrors.required("$[" + i + "].retention." + a));
          }
        }
      }
      JsonNode ledger = policy.get("ledgerForensics");
      if (ledger != null && ledger.isObject()) {
        for (String a : forensics) {
          if (!ledger.has(a)) {
            missing.add(CordonErrors.required("$[" + i + "].ledgerForensics." + a));
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new CordonValidationException(missing);
    }
    return CordonJson.read(new String(bytes, StandardCharsets.UTF_8), PolicyHistory.class);
  }

  /** A history of one or more policies. */
  public static PolicyHistory of(PreventionPolicy first, PreventionPolicy... more) {
    List<PreventionPolicy> all = new ArrayList<>(List.of(more));
    all.add(0, first);
    return of(all);
  }

  /** The policy in force on {@code day}; throws if {@code day} is before the first policy. */
  public PreventionPolicy policyOn(LocalDate day) {
    Map.Entry<LocalDate, PreventionPolicy> e = byDate.floorEntry(day);
    if (e == null) {
      throw new CordonValidationException(CordonErrors.noPolicyInForce("date", day));
    }
    return e.getValue();
  }

  /**
   * Refuses, with every offending version at once ({@code CORDON-POLICY-008}, path
   * {@code [i].zone}), a history whose policies count days in another zone than {@code zone}: a
   * storage computes its day columns in one zone for its whole life, so a history stored with it
   * must use that zone.
   */
  public void requireZone(java.time.ZoneId zone) {
    List<Violation> wrong = new ArrayList<>();
    List<PreventionPolicy> all = policies();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).zone().equals(zone)) {
        wrong.add(CordonErrors.policyZoneNotStorageZone("[" + i + "].zone", all.get(i).zone(), zone));
      }
    }
    if (!wrong.isEmpty()) {
      throw new CordonValidationException(wrong);
    }
  }

  /** The latest policy. */
  public PreventionPolicy latest() {
    return byDate.lastEntry().getValue();
  }

  /** The policies, oldest first. */
  @JsonValue
  public List<PreventionPolicy> policies() {
    return byDate.values().stream().sorted(Comparator.comparing(PreventionPolicy::effectiveFrom)).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyHistory h && h.byDate.equals(byDate);
  }

  @Override
  public int hashCode() {
    return byDate.hashCode();
  }

  @Override
  public String toString() {
    return "PolicyHistory" + byDate.keySet();
  }
}
