package dev.cordon.core;

import dev.cordon.core.internal.IncompleteValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Cordon value type.
 *
 * <p>Accessors have no {@code get} prefix; the generated {@code Immutable*} classes are
 * package-private and hidden behind each type's nested {@code Builder}; the JDK collections are
 * used (no Guava); a missing mandatory attribute or a {@code null} is reported as a
 * {@link dev.cordon.core.validation.CordonValidationException}, never as a bare
 * {@code IllegalStateException} or {@code NullPointerException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    jakarta = true,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    throwForInvalidImmutableState = IncompleteValueException.class,
    throwForNullPointer = IncompleteValueException.class)
public @interface CordonStyle {}
