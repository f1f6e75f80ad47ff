/**
 * The adapter conformance kit (API tier for integrators who write a storage provider): abstract
 * JUnit contract tests, one class per concern, whose only abstract method,
 * {@code newStorage()}, opens the storage under test. Every provider — the in-memory one, JDBC on
 * H2 and PostgreSQL, and any integrator's — extends them in its own tests; {@link
 * dev.cordon.tck.TckData} builds the valid records they store.
 */
package dev.cordon.tck;
