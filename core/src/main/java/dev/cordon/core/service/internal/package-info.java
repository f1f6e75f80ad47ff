/**
 * Internal tier: how the runtime creates the services. Exported to {@code dev.cordon.spi} only (the
 * module of {@code dev.cordon.Cordon}); may change without notice.
 */
package dev.cordon.core.service.internal;
