package dev.cordon.core.validation;

import java.util.Locale;

/**
 * Which characters Cordon lets into ids, names and free text, and how it shows the others.
 *
 * <p>An id holds only visible characters: letters, marks, digits, punctuation, symbols and the plain
 * space (U+0020). Invisible and control characters — zero-width spaces and joiners (U+200B–U+200D,
 * U+2060), the byte-order mark (U+FEFF), bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069), line breaks and every other format, control, private-use, unassigned or lone
 * surrogate code point, and spaces other than U+0020 — would let two ids that look the same differ.
 *
 * <p>Names and free text may hold any script, the middle dot {@code ·}, emoji and line breaks, but
 * no bidi embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069): those reorder what
 * an officer reads in a report (a name that displays as another name).
 */
public final class VisibleText {
  private VisibleText() {}

  /**
   * Whether {@code cp} is a Unicode default-ignorable code point (DerivedCoreProperties.txt,
   * Default_Ignorable_Code_Point): rendered as nothing when not supported, so two ids that look the
   * same may differ by one — the combining grapheme joiner U+034F, variation selectors U+FE00–U+FE0F,
   * the Khmer inherent vowels U+17B4–U+17B5, Mongolian free variation selectors, tags.
   */
  public static boolean isDefaultIgnorable(int cp) {
    return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160
        || (cp >= 0x17B4 && cp <= 0x17B5) || (cp >= 0x180B && cp <= 0x180F) || (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164
        || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8)
        || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
  }

  /** Whether an id may hold {@code cp}: a visible character or the plain space. */
  public static boolean isVisible(int cp) {
    if (cp == ' ') {
      return true;
    }
    if (isDefaultIgnorable(cp)) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
          Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> false;
      // Hangul fillers and the Braille blank are letters or symbols that render as nothing
      default -> !(cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800);
    };
  }

  /** Whether {@code cp} is a bidi embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069). */
  public static boolean isBidiOverride(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  /**
   * The 0-based char index of the first code point of {@code text} that is not {@link #isVisible
   * visible}, or -1 when there is none.
   */
  public static int firstInvisible(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (!isVisible(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** The 0-based char index of the first bidi override in {@code text}, or -1 when there is none. */
  public static int firstBidiOverride(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (isBidiOverride(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** The 1-based position, counted in characters (code points), of the char at {@code index}. */
  public static int position(CharSequence text, int index) {
    return Character.codePointCount(text, 0, index) + 1;
  }

  /** A code point as people read it in a message: {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}. */
  public static String describe(int cp) {
    String name = Character.getName(cp);
    return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " (" + name + ")");
  }

  /**
   * {@code text} with every invisible character other than the plain space written as
   * {@code <U+202E>}, so that a message that echoes a value shows what it holds and is not itself
   * reordered or broken by it.
   */
  public static String escapeInvisible(String text) {
    if (text == null || firstInvisible(text) < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      if (isVisible(cp)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append(String.format(Locale.ROOT, "<U+%04X>", cp));
      }
    });
    return sb.toString();
  }
}
