/**
 * Prevention supplies (API tier): items (防疫物資), the append-only stock ledger (物資臺賬) and the
 * holders' balances.
 */
package dev.cordon.core.supply;
