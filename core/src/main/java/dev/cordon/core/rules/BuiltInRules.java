package dev.cordon.core.rules;

import dev.cordon.core.rules.entry.EntryFever;
import java.util.List;

/** The built-in rule catalogue (DESIGN §4), ordered by id. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Every built-in rule, ordered by id. */
  public static List<Rule> all() {
    return List.of(
        new EntryFever());
  }
}
