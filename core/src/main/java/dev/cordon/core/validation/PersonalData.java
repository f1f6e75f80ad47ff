package dev.cordon.core.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an accessor that returns personal data (個人信息): its value is masked in violations,
 * {@code toString()}, logs and reports unless the caller asks for it explicitly.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface PersonalData {
  /** How the value is masked. */
  Masking.Kind value() default Masking.Kind.TEXT;
}
