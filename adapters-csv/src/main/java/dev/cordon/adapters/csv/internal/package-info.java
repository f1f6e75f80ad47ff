/**
 * Internals of the CSV adapter (internal tier, may change without notice): value parsers, the
 * column layouts and header aliases, encoding detection, row ids, formula defusing and the
 * per-kind mapping between rows and domain records.
 */
package dev.cordon.adapters.csv.internal;
