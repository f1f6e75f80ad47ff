/**
 * Compliance rules (API tier): the built-in catalogue ({@link dev.cordon.core.rules.BuiltInRules})
 * and the engine that runs rules over a date range and stores deterministic findings ({@link
 * dev.cordon.core.rules.Checks}, {@link dev.cordon.core.rules.CheckRun}). The contract a rule
 * implements is SPI: {@link dev.cordon.spi.rules.Rule}.
 */
package dev.cordon.core.rules;
