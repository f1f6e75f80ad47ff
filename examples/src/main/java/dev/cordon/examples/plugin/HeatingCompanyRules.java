package dev.cordon.examples.plugin;

import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleProvider;
import java.util.List;

/**
 * The heating company's own rules (本單位自定規則) as a {@link RuleProvider}: registered in
 * {@code META-INF/services/dev.cordon.spi.rules.RuleProvider}, so Cordon discovers it on the class
 * path, or given explicitly with {@code Cordon.builder().ruleProvider(new HeatingCompanyRules())}.
 * A policy switches or re-grades its rules like the built-in ones
 * ({@code "rules": {"HALL-AFTER-HOURS": {"enabled": false}}}).
 */
public final class HeatingCompanyRules implements RuleProvider {
  /** The provider id. */
  public static final String ID = "baotou-heating";

  /** The provider ServiceLoader creates: halls open 08:00–17:30. */
  public HeatingCompanyRules() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Rule> rules() {
    return List.of(new HallAfterHours());
  }
}
