package dev.cordon.core.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The id of a stored policy version: the day it takes effect ({@link PreventionPolicy#effectiveFrom()}),
 * as ISO text ({@code 2021-10-01}). A history holds one policy per day; storing another policy for a
 * day stores a new version of it (the old one stays in the history of that id).
 *
 * @param effectiveFrom the day the policy takes effect
 */
public record PolicyId(LocalDate effectiveFrom) implements Comparable<PolicyId> {
  /** A policy id. */
  public PolicyId {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
  }

  /** The id of the policy taking effect on {@code day}. */
  public static PolicyId of(LocalDate day) {
    return new PolicyId(day);
  }

  /** The id of {@code policy}. */
  public static PolicyId of(PreventionPolicy policy) {
    return new PolicyId(policy.effectiveFrom());
  }

  /** The id from its text, {@code 2021-10-01}. */
  @JsonCreator
  public static PolicyId parse(String text) {
    return new PolicyId(LocalDate.parse(text));
  }

  /** The ISO text. */
  @JsonValue
  public String value() {
    return effectiveFrom.toString();
  }

  @Override
  public int compareTo(PolicyId other) {
    return effectiveFrom.compareTo(other.effectiveFrom);
  }

  @Override
  public String toString() {
    return value();
  }
}
