package dev.cordon.adapters.csv.internal;

import dev.cordon.adapters.csv.ImportKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable record ids for files without an id column (穩定編號): {@code csv-} and 32 hex digits of
 * the SHA-256 of the kind and the row's normalised cells in layout order (the id column excluded,
 * unknown columns ignored, so reordering or adding unknown columns keeps the ids). The n-th
 * identical row of a file (n &gt; 0) also hashes its ordinal, so two identical rows stay two
 * records, and the same file always yields the same ids — which makes imports idempotent and
 * resumable.
 *
 * <p>Counting identical rows keeps 12 bytes per distinct row (a 64-bit fingerprint and a count,
 * in an open-addressing table), about 24 MB for a million rows, instead of the rows themselves.
 * Two different rows with the same fingerprint only get a different ordinal; their ids stay
 * distinct and stable.
 */
public final class RowIds {
  private final ImportKind kind;
  private final MessageDigest sha;
  private long[] keys = new long[1 << 12];
  private int[] counts = new int[1 << 12];
  private boolean zeroSeen;
  private int zeroCount;
  private int size;

  /** Ids for rows of {@code kind}. */
  public RowIds(ImportKind kind) {
    this.kind = kind;
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The id of {@code row}, counting it as one more occurrence of its content. */
  public String next(Row row) {
    StringBuilder content = new StringBuilder(256).append(kind.name());
    for (Layout.Col c : Layout.of(kind).columns()) {
      if (!c.id().equals("id")) {
        content.append('\u001f').append(Values.normalise(row.raw(c.id())));
      }
    }
    byte[] digest = sha.digest(content.toString().getBytes(StandardCharsets.UTF_8));
    long fingerprint = 0;
    for (int i = 0; i < 8; i++) {
      fingerprint = (fingerprint << 8) | (digest[i] & 0xFF);
    }
    int ordinal = increment(fingerprint);
    if (ordinal > 0) {
      digest = sha.digest((content + "\u001f#" + ordinal).getBytes(StandardCharsets.UTF_8));
    }
    return "csv-" + HexFormat.of().formatHex(digest, 0, 16);
  }

  /** Counts one more {@code key}; returns how many times it was seen before. */
  private int increment(long key) {
    if (key == 0) {
      // 0 marks an empty slot of the table
      int before = zeroSeen ? zeroCount : 0;
      zeroSeen = true;
      zeroCount = before + 1;
      return before;
    }
    int mask = keys.length - 1;
    int i = (int) (mix(key) & mask);
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return counts[i]++;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    counts[i] = 1;
    if (++size * 2 > keys.length) {
      grow();
    }
    return 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = (int) (mix(oldKeys[j]) & mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        counts[i] = oldCounts[j];
      }
    }
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }
}
