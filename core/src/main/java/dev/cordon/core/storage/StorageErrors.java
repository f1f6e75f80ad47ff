package dev.cordon.core.storage;

import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;

/**
 * The refusals of the storage invariants, each code defined here once (SPI tier: the ports in core
 * raise them for every provider; a provider that adds its own checks raises the same ones through
 * these factories). Messages are in the bundle {@code dev.cordon.core.validation.Messages}.
 */
public final class StorageErrors {
  /** The code of {@link #conflict}. */
  public static final String CONFLICT = "CORDON-STORE-001";

  private StorageErrors() {}

  /** {@code CORDON-STORE-001}: a different record under an id that is stored already. */
  public static CordonValidationException conflict(Object id) {
    return new CordonValidationException(Violation.of(CONFLICT, "id", String.valueOf(id)));
  }

  /** {@code CORDON-STORE-002}: an update or correction of a record that is not stored. */
  public static CordonValidationException missing(String what, Object id) {
    return new CordonValidationException(unknownReference("id", id, what));
  }

  /**
   * {@code CORDON-STORE-002} as one violation among others: {@code field} names a {@code what}
   * (site, person …) with {@code id}, and none is stored.
   */
  public static Violation unknownReference(String field, Object id, String what) {
    return Violation.of("CORDON-STORE-002", field, String.valueOf(id), what);
  }

  /** {@code CORDON-STORE-003}: a correction of a record that another record corrected already. */
  public static CordonValidationException alreadyCorrected(Object old, Object by) {
    return new CordonValidationException(
        Violation.of("CORDON-STORE-003", "supersedes", String.valueOf(old), String.valueOf(by)));
  }

  /** {@code CORDON-NOTICE-003}: a notice number ({@code 2021-7}) that another notice holds. */
  public static CordonValidationException noticeNumberTaken(String number, Object holder) {
    return new CordonValidationException(Violation.of("CORDON-NOTICE-003", "sequence", number, String.valueOf(holder)));
  }
}
