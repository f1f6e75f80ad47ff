/**
 * Structural validation (API tier): {@link dev.cordon.core.validation.CordonValidationException}
 * with its {@link dev.cordon.core.validation.Violation}s, the shared validator and masking of
 * personal data (脫敏).
 */
package dev.cordon.core.validation;
