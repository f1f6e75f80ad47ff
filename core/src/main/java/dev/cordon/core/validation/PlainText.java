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
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A name or free text (a site's name, a purpose of travel, a note): any script, the middle dot,
 * emoji and line breaks are fine, but no bidi embedding, override or isolate control
 * (U+202A–U+202E, U+2066–U+2069), which would reorder what an officer reads in a report. Refused
 * with {@code CORDON-TEXT-001}, naming the character and its position.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
  /** The message template. */
  String message() default "{CORDON-TEXT-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link PlainText}; {@code null} is valid (use {@code @NotNull} for that). */
  final class Check implements ConstraintValidator<PlainText, CharSequence> {
    /** Created by the validator. */
    public Check() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      int bad = value == null ? -1 : VisibleText.firstBidiOverride(value);
      if (bad < 0) {
        return true;
      }
      if (context instanceof HibernateConstraintValidatorContext h) {
        h.addMessageParameter("character", VisibleText.describe(Character.codePointAt(value, bad)))
            .addMessageParameter("position", VisibleText.position(value, bad));
      }
      return false;
    }
  }
}
