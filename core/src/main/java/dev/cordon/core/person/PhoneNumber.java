package dev.cordon.core.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Masking;
import dev.cordon.core.validation.PersonalData;
import dev.cordon.core.validation.internal.CordonErrors;

/**
 * A mainland China phone number (電話號碼): a mobile number (手機號碼) or a landline with its area
 * code (固定電話).
 *
 * <p>Accepted input: a mobile number with or without {@code +86} / {@code 0086}
 * ({@code 13812341234}, {@code +86 138 1234 1234}, {@code 0086-138-1234-1234}) and a landline with
 * its area code ({@code 0472-1234567}, {@code (0472) 1234567}, {@code +86 472 1234567}); digits may
 * be grouped with spaces, dashes and parentheses. Anything else is rejected: numbers of other
 * countries, service numbers (400/800, 95xxx), landlines without area code, letters or other
 * characters, and input longer than 40 characters.
 *
 * <p>Validation uses Google's libphonenumber ({@link PhoneNumberUtil}, region {@code CN}) rather
 * than a hand-written pattern: its metadata of allocated number ranges is maintained as the
 * ministry allocates new mobile prefixes and area codes, and it already handles the {@code +86} and
 * {@code 0086} prefixes, the trunk prefix {@code 0}, the 2- and 3-digit area codes and the
 * separators people type. Cordon screens the characters first, because libphonenumber is lenient
 * on purpose (it would drop trailing letters or read vanity letters as digits).
 *
 * <p>Most ledger numbers are written as bare mobile numbers ({@code 13812341234}, or with
 * {@code +86} / {@code 0086} and no separators). For these, the answer libphonenumber gives depends
 * on the first five digits alone (its mobile ranges for China are five-digit prefixes followed by
 * any six digits), so Cordon asks libphonenumber once per five-digit prefix and remembers the
 * answer; every other form goes to libphonenumber each time. {@code PhoneNumberPrefixTest} proves
 * the two equal over every five-digit prefix, in the three forms, for every libphonenumber upgrade.
 *
 * <p>This is personal data (個人信息): {@link #toString()} and every violation show only the
 * {@linkplain #masked() masked} form. Instances are immutable and equal when they denote the same
 * number, however it was written. JSON form: {@link #value()}.
 */
public final class PhoneNumber {
  private static final String FIELD = "phone";
  private static final String REGION = "CN";
  private static final int COUNTRY_CODE = 86;
  private static final int MAX_LENGTH = 40;
  /** Thread-safe and costly to build: one for the JVM. */
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final String value;
  private final String e164;
  private final boolean mobile;
  /** Digits of the area code including the trunk prefix 0, e.g. {@code 0472}; empty for mobiles. */
  private final String areaCode;

  private PhoneNumber(String value, String e164, boolean mobile, String areaCode) {
    this.value = value;
    this.e164 = e164;
    this.mobile = mobile;
    this.areaCode = areaCode;
  }

  /**
   * Whether {@code text} is a mainland China mobile or landline number (電話號碼) by the rules of
   * {@link #parse(String)}; never throws.
   *
   * @param text the number, may be null
   */
  public static boolean isValid(String text) {
    return read(text) != null;
  }

  /**
   * Reads a mainland China phone number (電話號碼). Surrounding whitespace is ignored.
   *
   * @param text a mobile number, optionally with {@code +86} or {@code 0086}, or a landline with its
   *     area code
   * @return the number
   * @throws CordonValidationException {@code CORDON-PERSON-010} with field {@code phone} and the
   *     masked value, if {@code text} is not such a number
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PhoneNumber parse(String text) {
    PhoneNumber number = read(text);
    if (number == null) {
      String given = text == null ? null : Masking.mask(Masking.Kind.PHONE, text.strip());
      throw new CordonValidationException(CordonErrors.phoneNumber(FIELD, given));
    }
    return number;
  }

  /** The number, or null if {@code text} is not an accepted number. */
  private static PhoneNumber read(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty() || !allowedCharacters(s)) {
      return null;
    }
    PhoneNumber bare = BareMobile.read(s);
    return bare != null ? bare : readThroughLibrary(s);
  }

  /**
   * What libphonenumber makes of {@code s} (already screened): the number, or null. The reference
   * that {@link BareMobile} must agree with.
   */
  static PhoneNumber readThroughLibrary(String s) {
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = UTIL.parse(s, REGION);
    } catch (NumberParseException e) {
      return null;
    }
    if (parsed.getCountryCode() != COUNTRY_CODE || parsed.hasExtension()) {
      return null;
    }
    // +86 belongs to CN alone, so isValidNumberForRegion(parsed, CN) is exactly "its type in CN's
    // metadata is known": classify once instead of matching every pattern twice
    PhoneNumberType type = UTIL.getNumberType(parsed);
    if (type == PhoneNumberType.UNKNOWN) {
      return null;
    }
    String national = UTIL.getNationalSignificantNumber(parsed);
    String e164 = UTIL.format(parsed, PhoneNumberFormat.E164);
    if (type == PhoneNumberType.MOBILE) {
      return new PhoneNumber(national, e164, true, "");
    }
    int areaLength = UTIL.getLengthOfGeographicalAreaCode(parsed);
    if (type != PhoneNumberType.FIXED_LINE || areaLength <= 0 || areaLength >= national.length()) {
      return null;
    }
    String area = "0" + national.substring(0, areaLength);
    return new PhoneNumber(area + "-" + national.substring(areaLength), e164, false, area);
  }

  /**
   * The common form, decided without parsing: eleven digits starting with {@code 1}, bare or after
   * {@code +86} / {@code 0086}. libphonenumber's answer for such a number is a function of its
   * first five digits (checked over every prefix by {@code PhoneNumberPrefixTest}), so it is asked
   * once per prefix, for the prefix followed by zeros, and the answer kept. A prefix that is not a
   * mobile range is left to libphonenumber, which then reads the whole number.
   */
  static final class BareMobile {
    /** Per five-digit prefix {@code 1xxxx}: 0 not asked yet, 1 a mobile range, 2 anything else. */
    private static final byte[] PREFIXES = new byte[10_000];
    private static final byte MOBILE = 1;
    private static final byte OTHER = 2;
    static final int DIGITS = 11;

    private BareMobile() {}

    /** The mobile number {@code s} denotes, or null when {@code s} is not of this form or range. */
    static PhoneNumber read(String s) {
      int start = start(s);
      if (start < 0) {
        return null;
      }
      int prefix = 0;
      for (int i = start; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        if (i < start + 5) {
          prefix = prefix * 10 + (c - '0');
        }
      }
      if (s.charAt(start) != '1' || !isMobileRange(prefix)) {
        return null;
      }
      String national = start == 0 ? s : s.substring(start);
      return new PhoneNumber(national, "+86" + national, true, "");
    }

    /** Where the eleven digits start: 0 bare, 3 after {@code +86}, 4 after {@code 0086}; else -1. */
    private static int start(String s) {
      return switch (s.length()) {
        case DIGITS -> 0;
        case DIGITS + 3 -> s.startsWith("+86") ? 3 : -1;
        case DIGITS + 4 -> s.startsWith("0086") ? 4 : -1;
        default -> -1;
      };
    }

    /**
     * Whether libphonenumber reads {@code prefix} followed by six zeros as a mobile number.
     * Racing threads may both ask; they store the same answer.
     */
    static boolean isMobileRange(int prefix) {
      int i = prefix - 10_000;
      byte known = PREFIXES[i];
      if (known == 0) {
        String digits = prefix + "000000";
        PhoneNumber n = readThroughLibrary(digits);
        known = n != null && n.mobile && n.value.equals(digits) ? MOBILE : OTHER;
        PREFIXES[i] = known;
      }
      return known == MOBILE;
    }
  }

  /**
   * Digits, spaces, dashes, parentheses and a leading {@code +}: nothing that libphonenumber
   * might drop or reinterpret.
   */
  private static boolean allowedCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '(' || c == ')'
          || (c == '+' && i == 0);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The canonical form: a mobile number as its 11 digits ({@code 13812341234}), a landline in
   * national form with the trunk prefix, area code, a dash and the local number
   * ({@code 0472-1234567}, {@code 010-12345678}). Two inputs denoting the same number give the same
   * value.
   *
   * <p><strong>Personal data (個人信息):</strong> for explicit use only; show {@link #masked()}
   * elsewhere. This is the JSON form.
   */
  @JsonValue
  @PersonalData(Masking.Kind.PHONE)
  public String value() {
    return value;
  }

  /**
   * The number in E.164 international form ({@code +8613812341234}, {@code +864721234567}).
   * Personal data, like {@link #value()}.
   */
  @PersonalData(Masking.Kind.PHONE)
  public String e164() {
    return e164;
  }

  /** Whether this is a mobile number (手機號碼) rather than a landline (固定電話). */
  public boolean isMobile() {
    return mobile;
  }

  /**
   * The number masked (脫敏): a mobile keeps its first three and last four digits
   * ({@code 138****1234}); a landline keeps its area code and the last two digits of the local
   * number ({@code 0472-*****67}), since the area code only says where the line is.
   */
  public String masked() {
    if (mobile) {
      return Masking.mask(Masking.Kind.PHONE, value);
    }
    String local = value.substring(areaCode.length() + 1);
    return areaCode + "-" + "*".repeat(local.length() - 2) + local.substring(local.length() - 2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber p && e164.equals(p.e164);
  }

  @Override
  public int hashCode() {
    return e164.hashCode();
  }

  /** The {@linkplain #masked() masked} number; never the full number. */
  @Override
  public String toString() {
    return masked();
  }
}
