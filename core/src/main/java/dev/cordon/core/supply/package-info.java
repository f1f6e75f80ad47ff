/**
 * Prevention supplies (API tier): items (防疫物資), the append-only stock ledger (物資臺賬) and the
 * holders' balances; days of cover (可保障天數), the run-out forecast (斷供預測) and the
 * allocation of the central reserve to units by need (按需調撥, largest remainder, first-expired
 * first-out). Nothing here reads the policy: norms and reserve days come in as numbers.
 */
package dev.cordon.core.supply;
