package dev.cordon.core.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cordon.core.validation.PersonalField;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.PersonName;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.validation.Masking;
import dev.cordon.core.validation.PersonalData;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.internal.PlainConstraints;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who came through the door, as written in the registration ledger (登記人員): an employee by id,
 * or a visitor or contractor with name (姓名), phone (聯繫電話), optional resident ID number
 * (身份證號), purpose of the visit (來訪事由) and host (被訪人). A contractor's worker may also carry
 * the staff number the directory knows them by (外包人員工號), and keeps the ledger fields with it.
 *
 * <p>A visitor row without a name, phone, purpose or host is <em>not</em> malformed: it is stored
 * and flagged (ENTRY-LEDGER-INCOMPLETE). Name, phone, ID number and host are personal data and are
 * masked in {@link #toString()}.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableEntrant.class)
@JsonDeserialize(as = ImmutableEntrant.class)
public abstract class Entrant {
  /** Employee, visitor or contractor. */
  public abstract PersonCategory category();

  /**
   * The person's id in the directory: required for an employee, optional for a contractor's worker
   * (their staff number), never for a visitor.
   */
  public abstract Optional<PersonId> personId();

  /** The visitor's name as written (visitors and contractors); personal data. */
  @PersonalData(Masking.Kind.NAME)
  public abstract Optional<@PersonName String> name();

  /** The visitor's phone number; personal data. */
  public abstract Optional<PhoneNumber> phone();

  /** The visitor's resident ID number; personal data. */
  public abstract Optional<ResidentId> residentId();

  /** The purpose of the visit (來訪事由). */
  public abstract Optional<@PlainText @Size(min = 1, max = 500) String> purpose();

  /** Whom the visitor came to see (被訪人), as written; personal data. */
  @PersonalData(Masking.Kind.NAME)
  public abstract Optional<@PlainText @Size(min = 1, max = 64) String> host();

  /**
   * The personal fields this copy no longer holds although the ledger row had them (已刪除或隱去): erased
   * by a purge or an erasure on request, or withheld by a view that was not revealed
   * ({@link dev.cordon.core.privacy.Redaction}). A rule reads a redacted field as present — the row
   * was complete — so findings stay the same after a purge. Empty for a row as recorded.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Set<PersonalField> redacted();

  /** Whether the row had {@code field}: it holds a value for it, or the value was redacted. */
  public boolean had(PersonalField field) {
    if (redacted().contains(field)) {
      return true;
    }
    return switch (field) {
      case NAME -> name().isPresent();
      case PHONE -> phone().isPresent();
      case RESIDENT_ID -> residentId().isPresent();
      case PURPOSE -> purpose().isPresent();
      case HOST -> host().isPresent();
    };
  }

  /** An employee, identified by id. */
  public static Entrant employee(PersonId id) {
    return builder().category(PersonCategory.EMPLOYEE).personId(id).build();
  }

  /** A builder for a visitor or contractor. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Entrant}s. */
  public static final class Builder extends ImmutableEntrant.Builder {}

  /** Whether this is an employee. */
  @JsonIgnore
  public boolean isEmployee() {
    return category() == PersonCategory.EMPLOYEE;
  }

  @Value.Check
  void check() {
    boolean constraintsHold = PlainConstraints.personName(name())
        && PlainConstraints.plainText(purpose(), 1, 500) && PlainConstraints.plainText(host(), 1, 64);
    PlainConstraints.require(this, constraintsHold, v -> {
      if (isEmployee() && (personId().isEmpty() || name().isPresent() || phone().isPresent()
          || residentId().isPresent())) {
        v.add(CordonErrors.employeeEntryWithoutPerson("personId"));
      }
      for (PersonalField f : redacted()) {
        boolean present = switch (f) {
          case NAME -> name().isPresent();
          case PHONE -> phone().isPresent();
          case RESIDENT_ID -> residentId().isPresent();
          case PURPOSE -> purpose().isPresent();
          case HOST -> host().isPresent();
        };
        if (present) {
          v.add(CordonErrors.redactedFieldPresent("redacted." + f));
        }
      }
      if (category() == PersonCategory.VISITOR && personId().isPresent()) {
        v.add(CordonErrors.visitorWithPersonId("personId", personId().get().value()));
      }
    });
  }

  @Override
  public String toString() {
    return "Entrant{" + category()
        + personId().map(p -> ", personId=" + p).orElse("")
        + name().map(n -> ", name=" + Masking.name(n)).orElse("")
        + phone().map(p -> ", phone=" + p).orElse("")
        + residentId().map(r -> ", residentId=" + r).orElse("")
        + purpose().map(p -> ", purpose=" + p).orElse("")
        + host().map(h -> ", host=" + Masking.name(h)).orElse("")
        + (redacted().isEmpty() ? "" : ", redacted=" + redacted()) + "}";
  }
}
