package dev.cordon.core.privacy;

import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.ResidentId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person who asks for their data is found by (查詢依據): their resident ID number
 * (居民身份證號碼) or their phone number (聯繫電話). A phone number matches in its canonical form, so
 * {@code +86 138 0047 1234} finds what was recorded as {@code 13800471234}.
 *
 * <p>The key is personal data: {@link #toString()} shows it masked ({@code resident ID
 * 1502**********123X}, {@code phone 138****1234}).
 */
public final class PersonKey {
  private final ResidentId residentId;
  private final PhoneNumber phone;

  private PersonKey(ResidentId residentId, PhoneNumber phone) {
    this.residentId = residentId;
    this.phone = phone;
  }

  /** The person with resident ID number {@code id}. */
  public static PersonKey of(ResidentId id) {
    return new PersonKey(Objects.requireNonNull(id, "id"), null);
  }

  /** The person with phone number {@code phone}. */
  public static PersonKey of(PhoneNumber phone) {
    return new PersonKey(null, Objects.requireNonNull(phone, "phone"));
  }

  /** The resident ID number, when the key is one. */
  public Optional<ResidentId> residentId() {
    return Optional.ofNullable(residentId);
  }

  /** The phone number, when the key is one. */
  public Optional<PhoneNumber> phone() {
    return Optional.ofNullable(phone);
  }

  /** Whether a record carrying {@code phone} and {@code residentId} carries this key. */
  public boolean matches(Optional<PhoneNumber> phone, Optional<ResidentId> residentId) {
    return this.residentId != null ? residentId.filter(this.residentId::equals).isPresent()
        : phone.filter(this.phone::equals).isPresent();
  }

  /** What kind of key this is, without its value: {@code resident ID} or {@code phone}. */
  public String kind() {
    return residentId != null ? "resident ID" : "phone";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonKey k && Objects.equals(residentId, k.residentId) && Objects.equals(phone, k.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(residentId, phone);
  }

  /** The kind and the masked value; never the full value. */
  @Override
  public String toString() {
    return kind() + " " + (residentId != null ? residentId.masked() : phone.masked());
  }
}
