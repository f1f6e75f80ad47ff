package dev.cordon.core.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of a {@link Finding} (發現編號). Rules derive it from their id and the finding's key
 * (its evidence, or its subject and first day), so re-running a check never duplicates a finding.
 *
 * @param value the id as text
 */
public record FindingId(String value) implements Comparable<FindingId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if blank or malformed */
  public FindingId {
    Ids.require("findingId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static FindingId of(String value) {
    return new FindingId(value);
  }

  /**
   * The id derived from a rule id and key parts: {@code RULE-ID:} and the first 20 hex digits of the
   * SHA-256 of the parts joined by a unit separator. Same rule and parts, same id.
   */
  public static FindingId derive(String ruleId, String... keyParts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : keyParts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
      }
      return new FindingId(ruleId + ":" + HexFormat.of().formatHex(sha.digest()).substring(0, 20));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(FindingId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
