package dev.cordon.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions on rejected values (shipped in the core test-jar): that building or reading something
 * threw a {@link CordonValidationException} and which code fired on which field.
 */
public final class Rejections {
  private Rejections() {}

  /** The {@link CordonValidationException} thrown by {@code action}; fails if none (or another) was thrown. */
  public static CordonValidationException rejected(ThrowingCallable action) {
    Throwable t = catchThrowable(action);
    assertThat(t).as("expected a CordonValidationException").isInstanceOf(CordonValidationException.class);
    return (CordonValidationException) t;
  }

  /** Asserts that {@code action} is rejected with exactly one violation, {@code code} on {@code field}. */
  public static Violation rejectedWith(ThrowingCallable action, String code, String field) {
    CordonValidationException e = rejected(action);
    assertThat(e.violations()).extracting(v -> v.code() + " @ " + v.field())
        .containsExactly(code + " @ " + field);
    return e.violations().get(0);
  }

  /** Asserts that {@code action} is rejected and that {@code code} on {@code field} is among the violations. */
  public static CordonValidationException rejectedAmong(ThrowingCallable action, String code, String field) {
    CordonValidationException e = rejected(action);
    List<String> found = e.violations().stream().map(v -> v.code() + " @ " + v.field()).toList();
    assertThat(found).contains(code + " @ " + field);
    return e;
  }
}
