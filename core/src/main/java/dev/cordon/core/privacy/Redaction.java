package dev.cordon.core.privacy;

import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.person.Person;
import dev.cordon.core.travel.TravelDeclaration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Copies of records without their personal values (脫敏副本), keeping every fact that is not personal
 * and saying which fields were removed ({@code redacted()}): a rule reads a redacted field as
 * present, so findings, daily figures and notices are the same for a redacted copy as for the
 * record.
 *
 * <ul>
 *   <li>{@link #erase} is what a purge and an erasure on request store in place of every version of a
 *       record: names, phone and ID numbers, purposes and hosts are gone for good.
 *   <li>{@link #withhold} is what a scoped view returns until it is revealed: the same, except that a
 *       person keeps a {@link #pseudonym} ({@code 王某}) to be told apart in a report.
 * </ul>
 *
 * A redacted copy is never written back through a port: the ports refuse it ({@code CORDON-PRIVACY-003}).
 */
public final class Redaction {
  /** What an erased required text (a person's name, a trip's purpose) reads: 已删除. */
  public static final String ERASED = "已删除";

  /** What a withheld trip purpose reads in a view that was not revealed: 已隐去. */
  public static final String WITHHELD = "已隐去";

  /** The kinds of record that hold personal values. */
  private static final Set<Class<?>> PERSONAL = Set.of(Entry.class, Person.class, TravelDeclaration.class);

  private Redaction() {}

  /** Whether records of {@code type} may hold personal values (entries, people, travel declarations). */
  public static boolean holdsPersonalData(Class<?> type) {
    return PERSONAL.stream().anyMatch(t -> t.isAssignableFrom(type));
  }

  /** The personal fields {@code record} holds a value for now; empty for a record of another kind. */
  public static Set<PersonalField> present(Object record) {
    Set<PersonalField> out = EnumSet.noneOf(PersonalField.class);
    if (record instanceof Entry e) {
      Entrant who = e.entrant();
      add(out, PersonalField.NAME, who.name());
      add(out, PersonalField.PHONE, who.phone());
      add(out, PersonalField.RESIDENT_ID, who.residentId());
      add(out, PersonalField.PURPOSE, who.purpose());
      add(out, PersonalField.HOST, who.host());
    } else if (record instanceof Person p) {
      if (!p.redacted().contains(PersonalField.NAME)) {
        out.add(PersonalField.NAME);
      }
      add(out, PersonalField.PHONE, p.phone());
      add(out, PersonalField.RESIDENT_ID, p.residentId());
    } else if (record instanceof TravelDeclaration t) {
      if (!t.redacted().contains(PersonalField.PURPOSE)) {
        out.add(PersonalField.PURPOSE);
      }
    }
    return out;
  }

  /** The personal fields {@code record} no longer holds ({@code redacted()}); empty for other kinds. */
  public static Set<PersonalField> redacted(Object record) {
    if (record instanceof Entry e) {
      return e.entrant().redacted();
    } else if (record instanceof Person p) {
      return p.redacted();
    } else if (record instanceof TravelDeclaration t) {
      return t.redacted();
    }
    return Set.of();
  }

  /**
   * {@code record} with every personal value erased for good; the record itself when it holds none
   * (records of other kinds, and records erased already: erasing is idempotent).
   */
  @SuppressWarnings("unchecked")
  public static <V> V erase(V record) {
    if (present(record).isEmpty()) {
      return record;
    }
    if (record instanceof Entry e) {
      return (V) Entry.builder().from(e).entrant(strip(e.entrant())).build();
    } else if (record instanceof Person p) {
      return (V) Person.builder().from(p).name(ERASED).phone(Optional.empty()).residentId(Optional.empty())
          .redacted(union(p.redacted(), present(p))).build();
    }
    TravelDeclaration t = (TravelDeclaration) record;
    return (V) TravelDeclaration.builder().from(t).purpose(ERASED)
        .redacted(union(t.redacted(), EnumSet.of(PersonalField.PURPOSE))).build();
  }

  /**
   * {@code record} with its personal values withheld, for a view that was not revealed: as
   * {@link #erase}, except that a person's name is a {@link #pseudonym} ({@code 王某}) rather than erased and a
   * trip's purpose reads {@link #WITHHELD}.
   */
  @SuppressWarnings("unchecked")
  public static <V> V withhold(V record) {
    if (present(record).isEmpty()) {
      return record;
    }
    if (record instanceof Entry e) {
      return (V) Entry.builder().from(e).entrant(strip(e.entrant())).build();
    } else if (record instanceof Person p) {
      return (V) Person.builder().from(p).name(pseudonym(p.name())).phone(Optional.empty())
          .residentId(Optional.empty()).redacted(union(p.redacted(), present(p))).build();
    }
    TravelDeclaration t = (TravelDeclaration) record;
    return (V) TravelDeclaration.builder().from(t).purpose(WITHHELD)
        .redacted(union(t.redacted(), EnumSet.of(PersonalField.PURPOSE))).build();
  }

  /**
   * How a withheld person's name reads: the family name and 某 for a Chinese name ({@code 王某}, as
   * court judgments anonymise), the first letter and a dot for another ({@code O.}) — still a valid
   * name, and no more of it than a masked one shows.
   */
  public static String pseudonym(String name) {
    int first = name.codePointAt(0);
    String initial = new String(Character.toChars(first));
    return Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN ? initial + "某" : initial + ".";
  }

  private static Entrant strip(Entrant who) {
    return Entrant.builder().from(who).name(Optional.empty()).phone(Optional.empty())
        .residentId(Optional.empty()).purpose(Optional.empty()).host(Optional.empty())
        .redacted(union(who.redacted(), presentOf(who))).build();
  }

  private static Set<PersonalField> presentOf(Entrant who) {
    Set<PersonalField> out = EnumSet.noneOf(PersonalField.class);
    add(out, PersonalField.NAME, who.name());
    add(out, PersonalField.PHONE, who.phone());
    add(out, PersonalField.RESIDENT_ID, who.residentId());
    add(out, PersonalField.PURPOSE, who.purpose());
    add(out, PersonalField.HOST, who.host());
    return out;
  }

  private static Set<PersonalField> union(Set<PersonalField> a, Set<PersonalField> b) {
    Set<PersonalField> out = EnumSet.noneOf(PersonalField.class);
    out.addAll(a);
    out.addAll(b);
    return out;
  }

  private static void add(Set<PersonalField> out, PersonalField f, Optional<?> value) {
    if (value.isPresent()) {
      out.add(f);
    }
  }
}
