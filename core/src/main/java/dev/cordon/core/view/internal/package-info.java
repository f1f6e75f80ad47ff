/**
 * Internal tier: views of a storage scoped to a unit's subtree (层层负责) and reveals of personal
 * values with their access log — the storage decorator behind {@code Cordon.scopedTo} and
 * {@code Cordon.revealing}. Exported to {@code dev.cordon.spi} only; may change without notice.
 */
package dev.cordon.core.view.internal;
