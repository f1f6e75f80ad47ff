/**
 * Cordon's JMH benchmarks (not an API): each heavy job measured against the fastest tool doing the
 * same bare job, in the same run, on the same generated ledger. See {@code BENCHMARKS.md}.
 */
package dev.cordon.benchmarks;
