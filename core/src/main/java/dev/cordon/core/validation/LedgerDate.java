package dev.cordon.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * An instant or a date that a real ledger can hold: in the years {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR} (an instant counted in UTC). This is structural and holds whatever the
 * policy: {@code +999999999-12-31T23:59:59+18:00} is refused here, so date arithmetic in the rules
 * (a look-back, a follow-up period, the next day) can never overflow. Which dates are
 * <em>plausible</em> for a record is narrower and is policy data
 * ({@link dev.cordon.core.policy.PreventionPolicy#plausibleFrom()}). Refused with
 * {@code CORDON-DATE-001}.
 */
@Documented
@Constraint(validatedBy = {LedgerDate.ForInstant.class, LedgerDate.ForDate.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LedgerDate {
  /** The first year a ledger can hold. */
  int FIRST_YEAR = 1900;

  /** The last year a ledger can hold. */
  int LAST_YEAR = 2200;

  /** The first instant a ledger can hold: 1900-01-01T00:00Z. */
  Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

  /** The first instant after the last a ledger can hold: 2201-01-01T00:00Z. */
  Instant END_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

  /** The message template. */
  String message() default "{CORDON-DATE-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link LedgerDate} on an {@link Instant}; {@code null} is valid. */
  final class ForInstant implements ConstraintValidator<LedgerDate, Instant> {
    /** Created by the validator. */
    public ForInstant() {}

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null || !value.isBefore(FIRST_INSTANT) && value.isBefore(END_INSTANT);
    }
  }

  /** Checks {@link LedgerDate} on a {@link LocalDate}; {@code null} is valid. */
  final class ForDate implements ConstraintValidator<LedgerDate, LocalDate> {
    /** Created by the validator. */
    public ForDate() {}

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || value.getYear() >= FIRST_YEAR && value.getYear() <= LAST_YEAR;
    }
  }
}
