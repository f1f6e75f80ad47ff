/** Internal tier: discovery and runtime helpers that may change without notice. */
package dev.cordon.spi.internal;
