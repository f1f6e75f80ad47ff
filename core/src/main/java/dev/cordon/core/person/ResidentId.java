package dev.cordon.core.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Masking;
import dev.cordon.core.validation.PersonalData;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A resident ID number (居民身份證號碼, GB 11643-1999): 18 characters, the six-digit code of the
 * place of registration at birth, the birth date {@code yyyyMMdd}, a three-digit sequence and a
 * check character computed with ISO 7064 MOD 11-2 ({@code 0}–{@code 9} or {@code X}).
 *
 * <p>A number is accepted when it has that shape, its check character is right, its birth date is a
 * real date from 1900 on and not in the future (China Standard Time), and it starts with a known
 * province code: the 31 mainland provinces, or 81/82/83 for the residence permits of Hong Kong,
 * Macao and Taiwan residents (港澳台居民居住證). The six-digit area code is deliberately <em>not</em>
 * checked against today's division list: it is the code in force at birth, and many such codes have
 * since been withdrawn.
 *
 * <p>This is personal data (個人信息): {@link #toString()} and every violation show only the masked
 * form {@code 1502**********123X}; the full number is available from {@link #value()} alone.
 * Instances are immutable and equal when their normalised numbers are equal. JSON form: the full
 * number as a string.
 */
public final class ResidentId {
  private static final String FIELD = "residentId";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** The clock of {@link #parse(String)} and {@link #isValid(String)}, which are given none. */
  private static final Clock SYSTEM_CLOCK = Clock.system(CHINA);
  /** Weights 2^(17-i) mod 11 of GB 11643 / ISO 7064 MOD 11-2, for positions 1 to 17. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  /** The check character for each weighted sum mod 11. */
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final int EARLIEST_BIRTH_YEAR = 1900;

  private final String value;
  private final LocalDate birthDate;

  private ResidentId(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Whether {@code text} is a valid resident ID number (居民身份證號碼) by the rules of
   * {@link #parse(String)}; never throws. "The future" is judged by the system clock: use
   * {@link #isValid(String, Clock)} where a clock is injected.
   *
   * @param text the number, may be null
   */
  public static boolean isValid(String text) {
    return isValid(text, SYSTEM_CLOCK);
  }

  /**
   * Whether {@code text} is a valid resident ID number by the rules of {@link #parse(String, Clock)};
   * never throws.
   *
   * @param text the number, may be null
   * @param clock says what day it is (in China Standard Time), for a birth date in the future
   */
  public static boolean isValid(String text, Clock clock) {
    return problems(normalise(text), today(clock)).isEmpty();
  }

  /**
   * Reads a resident ID number (居民身份證號碼). Surrounding whitespace is ignored and a lower-case
   * check character {@code x} is read as {@code X}.
   *
   * @param text the 18-character number
   * @return the number
   * @throws CordonValidationException with field {@code residentId} and the masked value, carrying
   *     every fault found: {@code CORDON-PERSON-001} not 17 digits and a check character,
   *     {@code CORDON-PERSON-006} a first-generation 15-digit number, and for a well-formed number
   *     any of {@code CORDON-PERSON-005} unknown province prefix, {@code CORDON-PERSON-003} birth
   *     date not a real date, {@code CORDON-PERSON-007} birth date before 1900,
   *     {@code CORDON-PERSON-004} birth date in the future, {@code CORDON-PERSON-002} wrong check
   *     character; "the future" is judged by the system clock (use {@link #parse(String, Clock)}
   *     where a clock is injected, as the CSV importer does with {@code Cordon}'s clock)
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ResidentId parse(String text) {
    return parse(text, SYSTEM_CLOCK);
  }

  /**
   * Reads a resident ID number as {@link #parse(String)} does, judging a birth date in the future
   * ({@code CORDON-PERSON-004}) by {@code clock}.
   *
   * @param text the 18-character number
   * @param clock says what day it is; its date in China Standard Time is "today"
   * @return the number
   * @throws CordonValidationException as {@link #parse(String)}
   */
  public static ResidentId parse(String text, Clock clock) {
    String number = normalise(text);
    List<BiFunction<String, String, Violation>> faults = problems(number, today(clock));
    if (!faults.isEmpty()) {
      String masked = Masking.mask(Masking.Kind.RESIDENT_ID, number);
      List<Violation> violations = new ArrayList<>(faults.size());
      for (BiFunction<String, String, Violation> fault : faults) {
        violations.add(fault.apply(FIELD, masked));
      }
      throw new CordonValidationException(violations);
    }
    return new ResidentId(number, birthDateOf(number));
  }

  /** Today in China Standard Time by {@code clock}: birth dates are registered in Beijing time. */
  private static LocalDate today(Clock clock) {
    return LocalDate.now(Objects.requireNonNull(clock, "clock").withZone(CHINA));
  }

  /**
   * The check character (校驗碼) of GB 11643 (ISO 7064 MOD 11-2) for the first 17 digits of a
   * resident ID number: {@code 0}–{@code 9} or {@code X}.
   *
   * @param first17Digits exactly 17 ASCII digits
   * @return the 18th character of the number
   * @throws IllegalArgumentException if {@code first17Digits} is not 17 ASCII digits
   */
  public static char checkCharacter(String first17Digits) {
    if (first17Digits == null || first17Digits.length() != 17 || !digits(first17Digits, 0, 17)) {
      throw new IllegalArgumentException("expected 17 ASCII digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /** Strips surrounding whitespace and upper-cases a trailing {@code x}; null stays null. */
  private static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    return s.length() == 18 && s.charAt(17) == 'x' ? s.substring(0, 17) + 'X' : s;
  }

  /**
   * Every fault of a normalised number, in the order of its positions, as the factory of its
   * violation (field, masked number): the number is masked only when there is a fault.
   */
  private static List<BiFunction<String, String, Violation>> problems(String number, LocalDate today) {
    if (number == null) {
      return List.of(CordonErrors::residentIdForm);
    }
    if (number.length() == 15 && digits(number, 0, 15)) {
      return List.of(CordonErrors::residentIdFirstGeneration);
    }
    if (number.length() != 18 || !digits(number, 0, 17)
        || !(isDigit(number.charAt(17)) || number.charAt(17) == 'X')) {
      return List.of(CordonErrors::residentIdForm);
    }
    List<BiFunction<String, String, Violation>> faults = new ArrayList<>(3);
    if (!knownProvince(number)) {
      faults.add(CordonErrors::residentIdProvince);
    }
    int year = Integer.parseInt(number, 6, 10, 10);
    LocalDate birth = birthDateOf(number);
    if (birth == null) {
      faults.add(CordonErrors::residentIdBirthDateNotReal);
    } else if (year < EARLIEST_BIRTH_YEAR) {
      faults.add(CordonErrors::residentIdBornTooEarly);
    } else if (birth.isAfter(today)) {
      faults.add(CordonErrors::residentIdBirthDateInFuture);
    }
    if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
      faults.add(CordonErrors::residentIdCheckCharacter);
    }
    return faults;
  }

  /**
   * Province-level prefixes that issue resident ID numbers: 11–15, 21–23, 31–37, 41–46, 50–54,
   * 61–65, and 81/82/83 for the residence permits of Hong Kong, Macao and Taiwan residents.
   */
  private static boolean knownProvince(String number) {
    int p = Integer.parseInt(number, 0, 2, 10);
    return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37)
        || (p >= 41 && p <= 46) || (p >= 50 && p <= 54) || (p >= 61 && p <= 65)
        || (p >= 81 && p <= 83);
  }

  /** The birth date at positions 7–14, or null if it is not a real calendar date. */
  private static LocalDate birthDateOf(String number) {
    try {
      return LocalDate.of(Integer.parseInt(number, 6, 10, 10), Integer.parseInt(number, 10, 12, 10),
          Integer.parseInt(number, 12, 14, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The full, normalised number (18 characters, check character {@code X} in upper case).
   *
   * <p><strong>Personal data (個人信息):</strong> for explicit use only (storage, an authorised
   * export); show {@link #masked()} everywhere else. This is the JSON form.
   */
  @JsonValue
  @PersonalData(Masking.Kind.RESIDENT_ID)
  public String value() {
    return value;
  }

  /**
   * The number masked (脫敏) as everywhere in Cordon: the first four and last four characters
   * stay, {@code 1502**********123X}.
   */
  public String masked() {
    return Masking.mask(Masking.Kind.RESIDENT_ID, value);
  }

  /** The birth date (出生日期) encoded at positions 7–14. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * The code of the province-level unit that issued the number (省級代碼): its first two digits
   * followed by {@code 0000}, e.g. {@code 150000}; {@code 810000}–{@code 830000} for residence
   * permits of Hong Kong, Macao and Taiwan residents.
   */
  public String provinceCode() {
    return value.substring(0, 2) + "0000";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentId r && value.equals(r.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The {@linkplain #masked() masked} number; never the full number. */
  @Override
  public String toString() {
    return masked();
  }
}
