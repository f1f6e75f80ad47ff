package dev.cordon.spi.rules;

import java.util.List;

/**
 * A rules plug-in (規則擴展): adds rules that run beside the built-in ones and are named in every
 * check run's provenance. Register it in
 * {@code META-INF/services/dev.cordon.spi.rules.RuleProvider} or pass it to
 * {@code Cordon.builder().ruleProvider(…)}. Rule ids must not clash with the built-in ones or
 * another provider's, and two different providers must not share a provider id: either is a
 * {@code CordonConfigurationException} at start-up naming both.
 */
public interface RuleProvider {
  /** A short, stable id of the provider, e.g. {@code acme-canteen-rules}. */
  String id();

  /** The rules this provider adds; called once when Cordon is built. */
  List<Rule> rules();
}
