package dev.cordon.core.validation;

import static dev.cordon.core.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cordon.core.Samples;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.disinfection.DisinfectionRecordId;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskAreaId;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import jakarta.validation.Constraint;
import jakarta.validation.metadata.BeanDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The shared validator, the bilingual messages and the promise that bad input only ever yields a
 *  value or a {@link CordonValidationException}. */
class ValidationTest {
  private static final String BUNDLE = "dev/cordon/core/validation/Messages";

  /** Every value type validated through Bean Validation. */
  private static final List<Class<?>> VALUE_TYPES = List.of(Unit.class, Person.class, Site.class,
      Entrant.class, Entry.class, ItineraryCode.class, TravelDeclaration.class, Approval.class,
      RiskArea.class, SupplyItem.class, StockMovement.class, Assignment.class, Scope.class,
      DisinfectionRecord.class, PreventionPolicy.class);

  // --- one cached validator, constraints on record-style accessors (VERSIONS.md P5) --------------

  @Test
  void thereIsOneCachedValidator() {
    assertThat(Validation.validator()).isSameAs(Validation.validator());
  }

  @Test
  void everyConstraintOnAnAccessorIsSeenByTheValidator() {
    int constrained = 0;
    for (Class<?> type : VALUE_TYPES) {
      BeanDescriptor bean = Validation.validator().getConstraintsForClass(type);
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || m.getParameterCount() != 0) {
          continue;
        }
        if (hasConstraint(m.getAnnotations()) || hasConstraint(m.getAnnotatedReturnType())) {
          constrained++;
          assertThat(bean.getConstraintsForProperty(m.getName()))
              .as(type.getSimpleName() + "." + m.getName() + "() is constrained but ignored (P5)")
              .isNotNull();
        }
      }
    }
    // e.g. Unit.name, Unit.headcount, Entry.temperature, PreventionPolicy.feverThreshold …
    assertThat(constrained).isGreaterThanOrEqualTo(30);
  }

  private static boolean hasConstraint(Annotation[] annotations) {
    return Arrays.stream(annotations).anyMatch(a -> a.annotationType().isAnnotationPresent(Constraint.class));
  }

  private static boolean hasConstraint(AnnotatedType type) {
    if (hasConstraint(type.getAnnotations())) {
      return true;
    }
    return type instanceof AnnotatedParameterizedType p
        && Arrays.stream(p.getAnnotatedActualTypeArguments()).anyMatch(ValidationTest::hasConstraint);
  }

  @Test
  void aValidationExceptionCarriesEveryViolationAtOnce() {
    var e = rejected(() -> Unit.builder().id(UnitId.of("U-1")).name("").kind(dev.cordon.core.org.UnitKind.GROUP)
        .headcount(-5).parent(UnitId.of("U-1")).build());
    assertThat(e.codes()).containsExactlyInAnyOrder("CORDON-VALUE-002", "CORDON-VALUE-009", "CORDON-UNIT-001");
  }

  @Test
  void aViolationMovesUnderAParentPath() {
    Violation v = Violation.of("CORDON-PERSON-010", "phone", "138****1234");
    assertThat(v.under("entrant").field()).isEqualTo("entrant.phone");
    assertThat(Violation.of("CORDON-POLICY-003", "[1].effectiveFrom", null).under("$").field())
        .isEqualTo("$[1].effectiveFrom");
    assertThat(v.under("").field()).isEqualTo("phone");
  }

  @Test
  void anEmptyValidationExceptionIsRefused() {
    assertThat(catchThrowable(() -> new CordonValidationException(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- bilingual messages -------------------------------------------------------------------------

  @Test
  void messagesExistInEnglishAndSimplifiedChinese() {
    List<Violation> samples = new ArrayList<>();
    samples.add(rejected(() -> Entry.builder().from(Samples.employeeEntry())
        .temperature(new java.math.BigDecimal("36.55")).build()).violations().get(0));
    samples.add(rejected(() -> TravelDeclaration.builder().from(Samples.returnedTravel())
        .actualReturn(java.time.LocalDate.of(2021, 10, 1)).followUpUntil(java.time.LocalDate.of(2021, 10, 2))
        .build()).violations().get(0));
    samples.add(rejected(() -> PreventionPolicy.defaults().plausibleTemperatureMax(new java.math.BigDecimal("37.0"))
        .build()).violations().get(0));
    samples.add(rejected(() -> Unit.builder().id(UnitId.of("U-1")).build()).violations().get(0));
    samples.add(rejected(() -> SupplyItem.builder().from(Samples.masks()).name(" ").build()).violations().get(0));
    samples.add(rejected(() -> Person.builder().from(Samples.visitor()).name("王2").build()).violations().get(0));
    for (Violation v : samples) {
      String zh = v.message(Locale.SIMPLIFIED_CHINESE);
      assertThat(zh).as(v.code()).isNotBlank().isNotEqualTo(v.message(Locale.ENGLISH));
      assertThat(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
          .as(v.code() + " in Chinese: " + zh).isTrue();
      assertThat(v.message(Locale.ENGLISH)).as(v.code()).isNotBlank().doesNotContain(v.code() + " {0}");
    }
    assertThat(samples.get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("一位小数");
    assertThat(samples.get(1).message(Locale.ENGLISH)).contains("actual return is before the actual departure");
  }

  @Test
  void anApostropheInAConstraintMessageIsShownOnce() {
    Violation v = rejected(() -> Person.builder().from(Samples.visitor()).name("王2").build()).violations().get(0);
    assertThat(v.message(Locale.ENGLISH)).contains("person's name").doesNotContain("''");
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertThat(bundle("_zh_CN").stringPropertyNames()).isEqualTo(bundle("").stringPropertyNames());
  }

  @Test
  void everyCodeTheBundlesCarryIsWellFormed() throws IOException {
    assertThat(bundle("").stringPropertyNames()).allMatch(k -> k.matches("CORDON-[A-Z]+-[0-9]{3}"));
  }

  @Test
  void everyCodeCordonThrowsOtherThanTheStandardConstraintCodesHasBothMessages() throws IOException {
    Set<String> missing = missingCodes();
    missing.removeIf(c -> c.startsWith("CORDON-VALUE-") && !c.equals("CORDON-VALUE-001"));
    assertThat(missing).isEmpty();
    assertThat(codesInMainSources()).contains("CORDON-ENTRY-004", "CORDON-PERSON-011", "CORDON-POLICY-004");
  }

  @Test
  void everyCodeUsedInMainCodeHasAnEnglishAndAChineseMessage() throws IOException {
    assertThat(missingCodes()).isEmpty();
  }

  private static Set<String> missingCodes() throws IOException {
    Properties en = bundle("");
    Properties zh = bundle("_zh_CN");
    Set<String> missing = new TreeSet<>();
    for (String code : codesInMainSources()) {
      if (!en.containsKey(code) || !zh.containsKey(code)) {
        missing.add(code);
      }
    }
    return missing;
  }

  /** Every {@code "CORDON-X-000"} literal and {@code {CORDON-X-000}} template in the main sources. */
  static Set<String> codesInMainSources() throws IOException {
    Pattern code = Pattern.compile("[\"{](CORDON-[A-Z]+-[0-9]+)[\"}]");
    Set<String> codes = new TreeSet<>();
    Path main = Path.of("src/main/java");
    assertThat(main).as("run from the core module directory").isDirectory();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = code.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    assertThat(codes).hasSizeGreaterThan(30);
    return codes;
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ValidationTest.class.getClassLoader().getResourceAsStream(BUNDLE + suffix + ".properties")) {
      assertThat(in).as(BUNDLE + suffix).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  // --- bad input yields a value or a CordonValidationException, nothing else ----------------------

  private static Gen<String> hostileText() {
    return Generate.oneOf(strings().allPossible().ofLengthBetween(0, 30),
        strings().basicLatinAlphabet().ofLengthBetween(0, 30), strings().numeric(),
        strings().numericBetween(100_000, 999_999), strings().numericBetween(10_000_000, 99_999_999),
        Generate.pick(List.of("", " ", "null", "150200 ", "+86 138 1234 1234", "0472-1234567",
            "１５０２００", "15020219900307123X", "x".repeat(101), "\u0000", "\uD800")));
  }

  private static void onlyValueOrValidationError(Runnable r) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).satisfiesAnyOf(x -> assertThat(x).isNull(),
        x -> assertThat(x).isInstanceOf(CordonValidationException.class));
  }

  @Test
  void arbitraryTextGivenToTheParsersYieldsAValueOrAValidationError() {
    List<Function<String, ?>> parsers = List.of(RegionCode::of, PhoneNumber::parse, ResidentId::parse,
        UnitId::of, PersonId::of, SiteId::of, EntryId::of, TravelDeclarationId::of, RiskAreaId::of,
        SupplyItemId::of, StockMovementId::of, AssignmentId::of, DisinfectionRecordId::of);
    qt().forAll(hostileText()).checkAssert(s -> {
      for (Function<String, ?> parse : parsers) {
        onlyValueOrValidationError(() -> parse.apply(s));
      }
      assertThat(RegionCode.find(s)).isNotNull();
      assertThat(PhoneNumber.isValid(s) || !PhoneNumber.isValid(s)).isTrue();
    });
  }

  @Test
  void arbitraryTextReadAsJsonYieldsAValueOrAValidationError() {
    qt().forAll(hostileText()).checkAssert(s -> {
      for (Class<?> type : VALUE_TYPES) {
        onlyValueOrValidationError(() -> CordonJson.read(s, type));
      }
      onlyValueOrValidationError(() -> CordonJson.read(s, PolicyHistory.class));
    });
  }

  private static final List<Object> SAMPLES = List.of(Samples.group(), Samples.employee(),
      Samples.visitor(), Samples.serviceHall(), Samples.itinerary(), Samples.riskArea(),
      Samples.masks(), Samples.transfer(), Samples.siteAssignment(), Samples.disinfection(),
      Samples.policy());

  /** JSON values that might replace a field: wrong types, wrong forms, edge numbers, nulls. */
  private static final List<JsonNode> REPLACEMENTS = List.of(JsonNodeFactory.instance.nullNode(),
      JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.textNode("x"),
      JsonNodeFactory.instance.textNode("2021-02-30"), JsonNodeFactory.instance.textNode("150200"),
      JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.numberNode(0),
      JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1E+6")),
      JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("36.55")),
      JsonNodeFactory.instance.numberNode(Long.MAX_VALUE), JsonNodeFactory.instance.booleanNode(true),
      JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(),
      JsonNodeFactory.instance.arrayNode().add("999999"));

  @Test
  void aSampleWithAnyFieldReplacedByAnyValueReadsAsAValueOrAValidationError() {
    Gen<int[]> picks = integers().between(0, SAMPLES.size() - 1).zip(integers().between(0, 40),
        integers().between(0, REPLACEMENTS.size() - 1), (s, f, r) -> new int[] {s, f, r});
    qt().forAll(picks).checkAssert(p -> {
      Object sample = SAMPLES.get(p[0]);
      ObjectNode json;
      try {
        json = (ObjectNode) CordonJson.mapper().readTree(CordonJson.write(sample));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      json.set(names.get(p[1] % names.size()), REPLACEMENTS.get(p[2]));
      Class<?> type = sample.getClass().getSuperclass();
      onlyValueOrValidationError(() -> CordonJson.read(json.toString(), type));
    });
  }

  @Test
  void deeplyNestedJsonIsAValidationError() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThat(catchThrowable(() -> CordonJson.read(deep, PolicyHistory.class)))
        .isInstanceOf(CordonValidationException.class);
  }

  @Test
  void theJsonLiteralNullIsAValidationError() {
    assertThat(catchThrowable(() -> CordonJson.read("null", Unit.class)))
        .isInstanceOf(CordonValidationException.class);
  }

  @Test
  void aMissingAttributeIsAValidationExceptionNotAnIllegalStateException() {
    Throwable t = catchThrowable(() -> SupplyItem.builder().build());
    assertThat(t).isInstanceOf(CordonValidationException.class);
    assertThat(((CordonValidationException) t).violations()).extracting(Violation::field)
        .containsExactlyInAnyOrder("id", "name", "kind", "unitOfMeasure");
  }

  @Test
  void aNullIsAValidationExceptionNotANullPointerException() {
    Throwable t = catchThrowable(() -> Unit.builder().name(null));
    assertThat(t).isInstanceOf(CordonValidationException.class);
  }

  @Test
  void standardConstraintsCarryStableCodes() {
    Map<String, String> expected = Map.of("CORDON-VALUE-002", "name", "CORDON-VALUE-009", "headcount");
    var e = rejected(() -> Unit.builder().id(UnitId.of("U-1")).name("").kind(dev.cordon.core.org.UnitKind.GROUP)
        .headcount(-1).build());
    for (Violation v : e.violations()) {
      assertThat(expected).containsEntry(v.code(), v.field());
    }
  }
}
