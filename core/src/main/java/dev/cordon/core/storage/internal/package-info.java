/**
 * Internal tier: core's ports over a provider's tables — the storage invariants, held once for
 * every provider — and the default answers to the query interfaces. May change without notice.
 */
package dev.cordon.core.storage.internal;
