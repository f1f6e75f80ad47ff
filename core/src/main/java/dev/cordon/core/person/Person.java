package dev.cordon.core.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.validation.LedgerDate;
import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.validation.Masking;
import dev.cordon.core.validation.PersonalData;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person (人員): an employee (職工), a visitor (訪客) or a contractor's worker.
 *
 * <p>Name, phone and resident ID number are personal data: {@link #toString()} masks them
 * ({@code 张*}, {@code 138****1234}, {@code 1502**********123X}).
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {
  /** The person's id. */
  public abstract PersonId id();

  /** The person's name (姓名); personal data. */
  @PersonName
  @PersonalData(Masking.Kind.NAME)
  public abstract String name();

  /** Employee, visitor or contractor. */
  public abstract PersonCategory category();

  /** The unit an employee belongs to (所屬單位); required for employees. */
  public abstract Optional<UnitId> unit();

  /** The person's rank; {@link Rank#STAFF} unless given. */
  @Value.Default
  public Rank rank() {
    return Rank.STAFF;
  }

  /** The phone number (聯繫電話); personal data. */
  public abstract Optional<PhoneNumber> phone();

  /** The resident ID number (居民身份證號碼); personal data. */
  public abstract Optional<ResidentId> residentId();

  /**
   * The day the person left the organisation (離職日期), if they have: their name, phone and ID
   * number are kept for the policy's {@link dev.cordon.core.policy.Retention#leaverDays()} after it
   * and then purged.
   */
  public abstract Optional<@LedgerDate LocalDate> leftOn();

  /**
   * The personal fields this copy no longer holds (已刪除或隱去): erased by a purge or an erasure on
   * request — {@link #name()} is then {@link dev.cordon.core.privacy.Redaction#ERASED} — or withheld
   * by a view that was not revealed — {@link #name()} is then a pseudonym ({@code 王某},
   * {@link dev.cordon.core.privacy.Redaction#pseudonym}). Empty
   * for a person as registered. Only {@code NAME}, {@code PHONE} and {@code RESIDENT_ID}.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Set<PersonalField> redacted();

  /** A builder for a person. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Person}s; {@link #build()} throws a {@code CordonValidationException} when malformed. */
  public static final class Builder extends ImmutablePerson.Builder {}

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      for (PersonalField f : redacted()) {
        switch (f) {
          case NAME -> { }
          case PHONE -> {
            if (phone().isPresent()) {
              v.add(CordonErrors.redactedFieldPresent("redacted." + f));
            }
          }
          case RESIDENT_ID -> {
            if (residentId().isPresent()) {
              v.add(CordonErrors.redactedFieldPresent("redacted." + f));
            }
          }
          default -> v.add(CordonErrors.redactedFieldUnknown("redacted", f.name()));
        }
      }
      if (category() == PersonCategory.EMPLOYEE && unit().isEmpty()) {
        v.add(CordonErrors.employeeWithoutUnit("unit"));
      }
    });
  }

  @Override
  public String toString() {
    String shown = redacted().contains(PersonalField.NAME) ? name() : Masking.name(name());
    return "Person{id=" + id() + ", name=" + shown + ", category=" + category()
        + unit().map(u -> ", unit=" + u).orElse("") + ", rank=" + rank()
        + phone().map(p -> ", phone=" + p).orElse("")
        + residentId().map(r -> ", residentId=" + r).orElse("")
        + leftOn().map(d -> ", leftOn=" + d).orElse("")
        + (redacted().isEmpty() ? "" : ", redacted=" + redacted()) + "}";
  }
}
