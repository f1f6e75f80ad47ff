package dev.cordon.core.person;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's name (姓名): 1 to 64 letters (Chinese, Latin, Mongolian or any other script), with
 * spaces, dots, hyphens, apostrophes or the middle dot {@code ·} between parts, as in
 * {@code 阿拉坦·巴特尔} or {@code Anna-Lena O'Neill}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[\\p{L}\\p{M}]+(?:[ ·•・.\\-'’][\\p{L}\\p{M}]*)*")
@Size(min = 1, max = 64)
@jakarta.validation.ReportAsSingleViolation
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {
  /** The message template. */
  String message() default "{CORDON-PERSON-011}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
