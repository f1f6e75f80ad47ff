/** Internal tier: implementation details that may change without notice. Do not use. */
package dev.cordon.core.internal;
