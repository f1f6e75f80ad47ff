package dev.cordon.core.validation;

import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Cordon's one shared, cached Jakarta Bean Validation {@link Validator} (Hibernate Validator) and
 * the structural checks of every value type.
 *
 * <p>Value types call {@link #require(Object, Consumer)} from their {@code @Value.Check}, so a value
 * that exists is structurally valid. Constraints sit on the record-style accessors
 * ({@code name()}, not {@code getName()}): the validator is configured with a
 * {@link GetterPropertySelectionStrategy} that treats every no-argument accessor as a property
 * (VERSIONS.md P5 — Hibernate Validator would otherwise ignore them silently).
 */
public final class Validation {
  // each validator is built on first use (holder idiom): building one starts Hibernate Validator, which
  // costs a command-line call a large share of its start-up; the Chinese one is needed only for violations
  private static final class English {
    static final Validator VALIDATOR = build(Locale.ENGLISH);
  }

  private static final class Chinese {
    static final Validator VALIDATOR = build(Locale.SIMPLIFIED_CHINESE);
  }

  private static final Map<String, Masking.Kind> PERSONAL = new ConcurrentHashMap<>();
  private static final Masking.Kind NOT_PERSONAL = null;

  private Validation() {}

  /** The shared validator (English messages), for callers who validate their own beans alike. */
  public static Validator validator() {
    return English.VALIDATOR;
  }

  /**
   * Validates {@code value}'s constraints and the type's own structural invariants together and
   * throws one {@link CordonValidationException} carrying every violation found.
   *
   * @param value the value to check
   * @param invariants adds violations of invariants that span several attributes; may be null
   * @return {@code value}
   */
  public static <T> T require(T value, Consumer<List<Violation>> invariants) {
    List<Violation> found = new ArrayList<>(violationsOf(value));
    if (invariants != null) {
      invariants.accept(found);
    }
    if (!found.isEmpty()) {
      throw new CordonValidationException(found);
    }
    return value;
  }

  /** Validates {@code value}'s Bean Validation constraints; throws if any is violated. */
  public static <T> T require(T value) {
    return require(value, null);
  }

  /** The constraint violations of {@code value}, empty when it is valid. */
  public static List<Violation> violationsOf(Object value) {
    Set<ConstraintViolation<Object>> english = English.VALIDATOR.validate(value);
    if (english.isEmpty()) {
      return List.of();
    }
    Comparator<ConstraintViolation<Object>> order = Comparator
        .comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
        .thenComparing(ConstraintViolation::getMessageTemplate);
    List<ConstraintViolation<Object>> en = english.stream().sorted(order).toList();
    List<ConstraintViolation<Object>> zh = Chinese.VALIDATOR.validate(value).stream().sorted(order).toList();
    List<Violation> out = new ArrayList<>(en.size());
    for (int i = 0; i < en.size(); i++) {
      ConstraintViolation<Object> v = en.get(i);
      String path = v.getPropertyPath().toString();
      String chinese = i < zh.size() ? zh.get(i).getMessage() : v.getMessage();
      out.add(Violation.rendered(codeOf(v), path, render(v), path + ": " + v.getMessage(),
          path + "：" + chinese));
    }
    return out;
  }

  private static String codeOf(ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    if (template.startsWith("{CORDON-") && template.endsWith("}")) {
      return template.substring(1, template.length() - 1);
    }
    // the standard constraints' codes are declared with the others, in CordonErrors
    return CordonErrors.constraintCode(
        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
  }

  private static String render(ConstraintViolation<?> v) {
    Object invalid = v.getInvalidValue();
    if (invalid instanceof Optional<?> o) {
      invalid = o.orElse(null);
    }
    if (invalid == null) {
      return null;
    }
    String text = String.valueOf(invalid);
    String leaf = null;
    for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
      leaf = node.getName();
    }
    Object leafBean = v.getLeafBean();
    Masking.Kind kind = leaf == null || leafBean == null ? null : personalKind(leafBean.getClass(), leaf);
    return kind == null ? text : Masking.mask(kind, text);
  }

  /** The masking of a property if its accessor (or one it overrides) is {@link PersonalData}. */
  static Masking.Kind personalKind(Class<?> type, String property) {
    String key = type.getName() + '#' + property;
    Masking.Kind cached = PERSONAL.get(key);
    if (cached != null || PERSONAL.containsKey(key)) {
      return cached;
    }
    Masking.Kind kind = NOT_PERSONAL;
    for (Class<?> c = type; c != null && kind == null; c = c.getSuperclass()) {
      kind = annotated(c, property);
      for (Class<?> i : c.getInterfaces()) {
        kind = kind == null ? annotated(i, property) : kind;
      }
    }
    if (kind != null) {
      PERSONAL.put(key, kind);
    }
    return kind;
  }

  private static Masking.Kind annotated(Class<?> c, String property) {
    try {
      Method m = c.getDeclaredMethod(property);
      PersonalData p = m.getAnnotation(PersonalData.class);
      return p == null ? null : p.value();
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Validator build(Locale locale) {
    return jakarta.validation.Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new AccessorStrategy())
        .messageInterpolator(new ResourceBundleMessageInterpolator(
            new PlatformResourceBundleLocator(Messages.BUNDLE), Set.of(locale), locale,
            context -> locale, false))
        .defaultLocale(locale)
        .buildValidatorFactory()
        .getValidator();
  }

  /** Every public no-argument, non-void instance accessor is a property named as the method. */
  private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES =
        Set.of("toString", "hashCode", "getClass", "clone", "notify", "notifyAll", "wait");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || NOT_PROPERTIES.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }
}
