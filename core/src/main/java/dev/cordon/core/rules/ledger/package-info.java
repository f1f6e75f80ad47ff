/**
 * The forensic ledger rules (API tier): LEDGER-* rules that find registration ledgers written up
 * afterwards or copied rather than kept at the door (臺賬不實, 疑似補記), each with a threshold
 * derived from a stated model of honest ledgers ({@link dev.cordon.core.rules.ledger.HonestLedger})
 * so that an honest site-day raises a false alarm with probability below 1 in 10,000.
 */
package dev.cordon.core.rules.ledger;
