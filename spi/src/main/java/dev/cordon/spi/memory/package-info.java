/**
 * The in-memory storage provider (API tier): {@code memory:} URLs, the reference implementation of
 * the storage ports.
 */
package dev.cordon.spi.memory;
