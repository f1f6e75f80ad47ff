/**
 * Storage ports (SPI tier): what a storage provider implements and core's services call — one
 * store per aggregate ({@link dev.cordon.core.storage.Storage}), idempotent writes, append-only
 * ledgers with supersession, half-open streamed range queries and a transaction boundary.
 * The conformance kit ({@code cordon-tck}) states the contract as tests.
 */
package dev.cordon.core.storage;
