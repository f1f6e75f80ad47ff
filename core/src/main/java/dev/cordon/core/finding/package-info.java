/** Findings (API tier): what the compliance rules found (檢查發現) and how serious it is. */
package dev.cordon.core.finding;
