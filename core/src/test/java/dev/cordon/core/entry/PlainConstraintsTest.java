package dev.cordon.core.entry;

import dev.cordon.core.validation.internal.PlainConstraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The plain checks of {@link PlainConstraints} against Hibernate Validator: the same constraints,
 * and the same verdict on every value tried.
 */
class PlainConstraintsTest {
  private static final Validator VALIDATOR = Validation.validator();

  /** Every constraint the validator sees on a type, as {@code property: Annotation}. */
  private static Set<String> constraintsOf(Class<?> type) {
    Set<String> out = new TreeSet<>();
    BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
    for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
      out.add("(class): " + name(c));
    }
    for (PropertyDescriptor p : bean.getConstrainedProperties()) {
      for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
        out.add(p.getPropertyName() + ": " + name(c));
      }
      for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
        for (ConstraintDescriptor<?> c : e.getConstraintDescriptors()) {
          out.add(p.getPropertyName() + "<>: " + name(c));
        }
      }
      if (p.isCascaded()) {
        out.add(p.getPropertyName() + ": @Valid");
      }
    }
    return out;
  }

  private static String name(ConstraintDescriptor<?> c) {
    return c.getAnnotation().annotationType().getSimpleName() + c.getAttributes().entrySet().stream()
        .filter(a -> Set.of("min", "max", "value", "regexp", "inclusive").contains(a.getKey()))
        .map(a -> a.getKey() + "=" + a.getValue()).sorted().toList();
  }

  @Test
  void the_plain_checks_cover_every_constraint_of_the_types_built_per_row() {
    // a constraint added to Entry or Entrant fails this until PlainConstraints checks it too
    assertThat(constraintsOf(ImmutableEntry.class)).containsExactly(
        "at: LedgerDate[]",
        "source<>: PlainText[]",
        "source<>: Size[max=500, min=1]",
        "temperature<>: DecimalMax[inclusive=true, value=99.9]",
        "temperature<>: DecimalMin[inclusive=true, value=0.0]");
    assertThat(constraintsOf(ImmutableEntrant.class)).containsExactly(
        "host<>: PlainText[]",
        "host<>: Size[max=64, min=1]",
        "name<>: PersonName[]",
        "purpose<>: PlainText[]",
        "purpose<>: Size[max=500, min=1]");
  }

  /** Whether the validator finds nothing wrong with {@code value} as {@code property} of {@code type}. */
  private static <T> boolean validatorAccepts(Class<T> type, String property, Object value) {
    return VALIDATOR.validateValue(type, property, value).isEmpty();
  }

  /** Text near the boundaries: letters of several scripts, marks, separators, bidi controls. */
  private static Gen<String> texts() {
    String[] alphabet = {"a", "Z", "王", "巴", "ᠮ", "\u0301", " ", "·", ".", "-", "'", "’", "1", "\u202E",
        "\u200F", "\u2066", "\t", "😀", "・", "•", "_"};
    Gen<Integer> lengths = integers().between(0, 8).flatMap(band -> switch (band) {
      case 0 -> integers().between(0, 3);
      case 1, 2, 3 -> integers().between(1, 12);
      case 4 -> integers().between(60, 68);
      case 5 -> integers().between(495, 505);
      default -> integers().between(1, 40);
    });
    return lengths.zip(longs().all(), (n, seed) -> {
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
      // mostly one script, so that names and texts that pass occur often
      int bias = r.nextInt(4);
      StringBuilder sb = new StringBuilder();
      while (sb.length() < n) {
        int i = r.nextInt(10) < 8 ? bias : r.nextInt(alphabet.length);
        sb.append(alphabet[i]);
      }
      return sb.toString();
    });
  }

  private static void agree(Gen<String> texts, Predicate<Optional<String>> plain, Class<?> type, String property) {
    qt().withExamples(4_000).forAll(texts).checkAssert(s -> assertThat(plain.test(Optional.of(s)))
        .as("%s.%s = %s", type.getSimpleName(), property, s.codePoints().mapToObj(Integer::toHexString).toList())
        .isEqualTo(validatorAccepts(type, property, Optional.of(s))));
    assertThat(plain.test(Optional.empty())).isTrue();
    assertThat(validatorAccepts(type, property, Optional.empty())).isTrue();
  }

  @Test
  void names_purposes_hosts_and_sources_get_the_validators_verdict() {
    agree(texts(), PlainConstraints::personName, ImmutableEntrant.class, "name");
    agree(texts(), t -> PlainConstraints.plainText(t, 1, 500), ImmutableEntrant.class, "purpose");
    agree(texts(), t -> PlainConstraints.plainText(t, 1, 64), ImmutableEntrant.class, "host");
    agree(texts(), t -> PlainConstraints.plainText(t, 1, 500), ImmutableEntry.class, "source");
  }

  @Test
  void temperatures_get_the_validators_verdict_at_and_around_both_bounds() {
    qt().withExamples(4_000).forAll(integers().between(-2_000, 12_000), integers().between(0, 4))
        .checkAssert((unscaled, scale) -> {
          BigDecimal t = BigDecimal.valueOf(unscaled, scale);
          assertThat(PlainConstraints.temperature(Optional.of(t))).as("%s", t)
              .isEqualTo(validatorAccepts(ImmutableEntry.class, "temperature", Optional.of(t)));
        });
    for (String s : new String[] {"-0.1", "0", "0.0", "-0.00", "99.9", "99.90", "99.91", "100", "1E+2", "9.99E+1"}) {
      BigDecimal t = new BigDecimal(s);
      assertThat(PlainConstraints.temperature(Optional.of(t))).as(s)
          .isEqualTo(validatorAccepts(ImmutableEntry.class, "temperature", Optional.of(t)));
    }
  }

  @Test
  void instants_get_the_validators_verdict_at_both_ends_of_the_ledger() {
    for (Instant edge : new Instant[] {LedgerDate.FIRST_INSTANT, LedgerDate.END_INSTANT}) {
      for (long nanos : new long[] {-86_400_000_000_000L, -1_000, -1, 0, 1, 1_000, 86_400_000_000_000L}) {
        Instant at = edge.plusNanos(nanos);
        assertThat(PlainConstraints.ledgerDate(at)).as("%s", at)
            .isEqualTo(validatorAccepts(ImmutableEntry.class, "at", at));
      }
    }
  }

  @Test
  void a_row_that_breaks_a_constraint_still_gets_the_validators_message() {
    Entrant.Builder b = Entrant.builder().category(dev.cordon.core.person.PersonCategory.VISITOR)
        .name("王\u202E五");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(b::build))
        .isInstanceOf(dev.cordon.core.validation.CordonValidationException.class)
        .hasMessageContaining("name");
    assertThat(Entry.class).isNotNull();
  }

  @Test
  void an_entrys_local_date_is_its_zoned_date_in_every_zone() {
    java.util.List<java.time.ZoneId> zones = java.time.ZoneId.getAvailableZoneIds().stream().sorted()
        .map(java.time.ZoneId::of).toList();
    Entry sample = dev.cordon.core.Samples.employeeEntry();
    qt().withExamples(20_000)
        .forAll(longs().between(LedgerDate.FIRST_INSTANT.getEpochSecond(), LedgerDate.END_INSTANT.getEpochSecond() - 1),
            integers().between(0, zones.size() - 1))
        .checkAssert((seconds, z) -> {
          Entry e = Entry.builder().from(sample).at(Instant.ofEpochSecond(seconds)).build();
          assertThat(e.localDate(zones.get(z))).as("%s in %s", e.at(), zones.get(z))
              .isEqualTo(e.at().atZone(zones.get(z)).toLocalDate());
        });
  }
}
