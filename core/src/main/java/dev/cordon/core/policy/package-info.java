/**
 * Prevention policy (API tier): the thresholds and norms (防控政策), versioned by effective date.
 */
package dev.cordon.core.policy;
