package dev.cordon.core.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
