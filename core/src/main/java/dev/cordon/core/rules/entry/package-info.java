/** The entry rules (API tier): ENTRY-* rules over the registration ledger (出入登記). */
package dev.cordon.core.rules.entry;
