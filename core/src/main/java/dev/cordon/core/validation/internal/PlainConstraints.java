package dev.cordon.core.validation.internal;

import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.VisibleText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Bean Validation constraints of the types built once per ledger row ({@code Entry},
 * {@code Entrant}), checked by plain code first. When the plain check says every constraint holds,
 * Hibernate Validator would find nothing and is not asked; when it says one may not hold,
 * Hibernate Validator runs as before and its violations, messages and codes are the ones reported.
 * So the plain checks may only err on the side of "ask the validator".
 *
 * <p>{@code PlainConstraintsTest} keeps them honest: it lists every constraint Hibernate Validator
 * sees on those types (a new one fails it until it is checked here), and compares each plain check
 * with the validator over generated values at and around every boundary.
 */
public final class PlainConstraints {
  /** {@code @PersonName}'s pattern, as in its annotation. */
  private static final Pattern PERSON_NAME =
      Pattern.compile("[\\p{L}\\p{M}]+(?:[ ·•・.\\-'’][\\p{L}\\p{M}]*)*");
  private static final BigDecimal MIN_TEMPERATURE = new BigDecimal("0.0");
  private static final BigDecimal MAX_TEMPERATURE = new BigDecimal("99.9");

  private PlainConstraints() {}

  /**
   * Like {@link Validation#require(Object, Consumer)}, without asking the validator when
   * {@code constraintsHold}: the invariants are checked in both cases.
   *
   * @param value the value
   * @param constraintsHold true only when the plain checks of every constraint of {@code value}'s
   *     type pass
   * @param invariants adds violations of invariants that span attributes; may be null
   */
  public static <T> T require(T value, boolean constraintsHold, Consumer<List<Violation>> invariants) {
    if (!constraintsHold) {
      return Validation.require(value, invariants);
    }
    if (invariants != null) {
      List<Violation> found = new ArrayList<>(0);
      invariants.accept(found);
      if (!found.isEmpty()) {
        // the constraints hold, so the validator adds nothing: its path gives the same message
        return Validation.require(value, invariants);
      }
    }
    return value;
  }

  /** {@code @PlainText @Size(min, max)} on an optional text. */
  public static boolean plainText(Optional<String> text, int min, int max) {
    if (text.isEmpty()) {
      return true;
    }
    String s = text.get();
    return s.length() >= min && s.length() <= max && VisibleText.firstBidiOverride(s) < 0;
  }

  /** {@code @PersonName} on an optional name. */
  public static boolean personName(Optional<String> name) {
    if (name.isEmpty()) {
      return true;
    }
    String s = name.get();
    return s.length() >= 1 && s.length() <= 64 && PERSON_NAME.matcher(s).matches();
  }

  /** {@code @LedgerDate} on an instant. */
  public static boolean ledgerDate(Instant at) {
    return at == null || !at.isBefore(LedgerDate.FIRST_INSTANT) && at.isBefore(LedgerDate.END_INSTANT);
  }

  /** {@code @DecimalMin("0.0") @DecimalMax("99.9")} on an optional temperature. */
  public static boolean temperature(Optional<BigDecimal> t) {
    return t.isEmpty() || t.get().compareTo(MIN_TEMPERATURE) >= 0 && t.get().compareTo(MAX_TEMPERATURE) <= 0;
  }
}
