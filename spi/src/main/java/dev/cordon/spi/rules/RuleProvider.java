package dev.cordon.spi.rules;

import dev.cordon.core.rules.Rule;
import java.util.List;

/**
 * A rules plug-in (規則擴展): adds rules that run beside the built-in ones and are named in every
 * check run's provenance. Register it in
 * {@code META-INF/services/dev.cordon.spi.rules.RuleProvider}. Rule ids must not clash with the
 * built-in ones or another provider's (a clash is a configuration error at start-up).
 */
public interface RuleProvider {
  /** A short, stable id of the provider, e.g. {@code acme-canteen-rules}. */
  String id();

  /** The rules this provider adds. */
  List<Rule> rules();
}
