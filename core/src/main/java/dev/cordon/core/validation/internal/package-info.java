/**
 * Internal tier: {@link dev.cordon.core.validation.internal.CordonErrors}, where each of core's stable
 * error codes is declared once with its typed factory. May change without notice; do not use.
 */
package dev.cordon.core.validation.internal;
