package dev.cordon.core.internal;

import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.internal.CordonErrors;
import java.util.Arrays;

/**
 * Thrown by generated builders when mandatory attributes are missing or {@code null}: a
 * {@link CordonValidationException} with one {@code CORDON-VALUE-001} violation per attribute.
 */
public final class IncompleteValueException extends CordonValidationException {
  private static final long serialVersionUID = 1L;

  public IncompleteValueException(String... missingAttributes) {
    super(Arrays.stream(missingAttributes)
        .flatMap(a -> Arrays.stream(a.split(",\\s*")))
        .map(a -> a.replaceAll("[\\[\\]]", "").trim())
        .filter(a -> !a.isEmpty())
        .map(a -> CordonErrors.required(a))
        .toList());
  }
}
