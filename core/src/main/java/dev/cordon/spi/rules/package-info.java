/**
 * Rule plug-ins (SPI tier): what a rule author implements and works with — {@link
 * dev.cordon.spi.rules.Rule} (合規規則) and {@link dev.cordon.spi.rules.RuleProvider} (規則擴展), the
 * {@link dev.cordon.spi.rules.RuleContext} a rule reads through, the read-only {@link
 * dev.cordon.spi.rules.Records}, the {@link dev.cordon.spi.rules.FindingDraft} it reports (about
 * records, one day or a {@link dev.cordon.spi.rules.DayRange} of days) and {@link
 * dev.cordon.spi.rules.DayRuns} for condition rules. It lives in {@code cordon-core}, beside the
 * built-in rules that implement it; {@code cordon-tck} holds the rule kit to test a rule with.
 */
package dev.cordon.spi.rules;
