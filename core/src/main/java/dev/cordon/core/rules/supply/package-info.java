/** The supply rules (API tier): SUPPLY-* rules over the prevention-supply ledger (防疫物資臺賬). */
package dev.cordon.core.rules.supply;
