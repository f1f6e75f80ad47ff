package dev.cordon.core.view.internal;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.Seating;
import dev.cordon.core.dining.Sitting;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.validation.CordonValidationException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A unit and every unit below it by {@link Unit#parent()} (一个单位及其下属单位), and which records
 * belong to it.
 *
 * <p>The tree, the sites' owners and the people's units are read from the whole storage when the
 * view is made. A unit, site or person written through the view is added at once; one the view
 * meets and does not know (written meanwhile through another view or process) is looked up again
 * once. A unit moved elsewhere through another view is seen by views made afterwards.
 *
 * <p>Membership of a record is judged by its latest version:
 * <ul>
 *   <li>a unit: it is the root or its parent is in the subtree; a person: their unit; a site: its
 *       owner; an entry and a disinfection record: their site; a travel declaration: its employee;
 *       a finding: its unit (a finding without a unit belongs to the whole organisation only); an
 *       assignment and an inspection: their scope (a unit, or a site by its owner); an access-log
 *       line: the unit it was scoped to;
 *   <li>a record that names units of several subtrees — a stock transfer (holder and destination), a
 *       notice (issuer and the units it names), a canteen plan (the canteen and the units seated) —
 *       is read from each subtree it names; it is written through a view only when every unit it
 *       names is in the view's subtree;
 *   <li>policies, risk areas and supply items are shared reference data: read, never written; the
 *       purge log and kinds this version does not know are not shown.
 * </ul>
 */
public final class Subtree {
  private final Storage base;
  private final UnitId root;
  private volatile Snapshot snapshot;
  private final Set<Object> missed = new HashSet<>();

  private record Snapshot(Map<UnitId, Optional<UnitId>> parents, Map<SiteId, UnitId> owners,
      Map<PersonId, Optional<UnitId>> people, Set<UnitId> members) {}

  private Subtree(Storage base, UnitId root) {
    this.base = base;
    this.root = root;
    this.snapshot = load();
  }

  /**
   * The subtree of {@code root} in {@code base}.
   *
   * @throws CordonValidationException {@code CORDON-STORE-002} when no such unit is stored
   */
  public static Subtree of(Storage base, UnitId root) {
    if (!base.units().contains(root)) {
      throw new CordonValidationException(StorageErrors.unknownReference("unit", root.value(), "unit"));
    }
    return new Subtree(base, root);
  }

  /** The unit at the top of the subtree. */
  public UnitId root() {
    return root;
  }

  /** Whether {@code unit} is the root or below it. */
  public boolean contains(UnitId unit) {
    Snapshot s = snapshot;
    if (s.members.contains(unit)) {
      return true;
    }
    return !s.parents.containsKey(unit) && reloadFor(unit) && snapshot.members.contains(unit);
  }

  /** Whether the site's owner is in the subtree. */
  public boolean containsSite(SiteId site) {
    UnitId owner = snapshot.owners.get(site);
    if (owner == null && reloadFor(site)) {
      owner = snapshot.owners.get(site);
    }
    return owner != null && contains(owner);
  }

  /** Whether the person's unit is in the subtree. */
  public boolean containsPerson(PersonId person) {
    Optional<UnitId> unit = snapshot.people.get(person);
    if (unit == null && reloadFor(person)) {
      unit = snapshot.people.get(person);
    }
    return unit != null && unit.filter(this::contains).isPresent();
  }

  /** Whether {@code record} is read through a view of this subtree. */
  public boolean shows(Object record) {
    if (record instanceof Unit u) {
      return u.id().equals(root) || u.parent().filter(this::contains).isPresent();
    } else if (record instanceof Person p) {
      return p.unit().filter(this::contains).isPresent();
    } else if (record instanceof Site s) {
      return contains(s.owner());
    } else if (record instanceof Entry e) {
      return containsSite(e.site());
    } else if (record instanceof TravelDeclaration t) {
      return containsPerson(t.employee());
    } else if (record instanceof StockMovement m) {
      return contains(m.holder()) || m.destination().filter(this::contains).isPresent();
    } else if (record instanceof Assignment a) {
      return holds(a.scope());
    } else if (record instanceof DisinfectionRecord d) {
      return containsSite(d.site());
    } else if (record instanceof Finding f) {
      return f.unit().filter(this::contains).isPresent();
    } else if (record instanceof Inspection i) {
      return holds(i.scope());
    } else if (record instanceof Notice n) {
      return contains(n.issuer()) || n.units().stream().anyMatch(this::contains);
    } else if (record instanceof DiningPlan p) {
      return containsSite(p.canteen()) || seated(p).anyMatch(this::contains);
    } else if (record instanceof AccessRecord a) {
      return a.scope().filter(this::contains).isPresent();
    }
    return isReferenceData(record);
  }

  /** Whether {@code record} may be written through a view of this subtree. */
  public boolean admits(Object record) {
    if (isReferenceData(record)) {
      return false;
    } else if (record instanceof Unit u && u.id().equals(root)) {
      // the root may be renamed, not moved out from under its parent
      return u.parent().equals(snapshot.parents.getOrDefault(root, Optional.empty()));
    } else if (record instanceof StockMovement m) {
      return contains(m.holder()) && m.destination().map(this::contains).orElse(true);
    } else if (record instanceof Notice n) {
      return contains(n.issuer()) && n.units().stream().allMatch(this::contains);
    } else if (record instanceof DiningPlan p) {
      return containsSite(p.canteen()) && seated(p).allMatch(this::contains);
    }
    return shows(record);
  }

  /** Whether {@code record} is shared reference data: policies, risk areas, supply items. */
  public static boolean isReferenceData(Object record) {
    return record instanceof PreventionPolicy || record instanceof RiskArea || record instanceof SupplyItem;
  }

  /** Notes units, sites and people written through the view, so that records under them are seen at once. */
  void written(RecordKind<?, ?> kind, Collection<?> records) {
    if (kind != RecordKind.UNITS && kind != RecordKind.SITES && kind != RecordKind.PEOPLE || records.isEmpty()) {
      return;
    }
    synchronized (this) {
      Snapshot s = snapshot;
      Map<UnitId, Optional<UnitId>> parents = new HashMap<>(s.parents);
      Map<SiteId, UnitId> owners = new HashMap<>(s.owners);
      Map<PersonId, Optional<UnitId>> people = new HashMap<>(s.people);
      for (Object r : records) {
        if (r instanceof Unit u) {
          parents.put(u.id(), u.parent());
        } else if (r instanceof Site site) {
          owners.put(site.id(), site.owner());
        } else if (r instanceof Person p) {
          people.put(p.id(), p.unit());
        }
      }
      snapshot = new Snapshot(parents, owners, people, kind == RecordKind.UNITS ? members(parents) : s.members);
    }
  }

  private boolean holds(Scope scope) {
    return scope.unit().filter(this::contains).isPresent() || scope.site().filter(this::containsSite).isPresent();
  }

  private static Stream<UnitId> seated(DiningPlan p) {
    return Stream.concat(p.sittings().stream().map(Sitting::seatings).flatMap(List::stream), p.unseated().stream())
        .map(Seating::unit);
  }

  /** Reads the tree again for an id it does not know, once per id. */
  private synchronized boolean reloadFor(Object id) {
    if (!missed.add(id)) {
      return false;
    }
    snapshot = load();
    return true;
  }

  private Snapshot load() {
    Map<UnitId, Optional<UnitId>> parents = new HashMap<>();
    try (Stream<Unit> s = base.table(RecordKind.UNITS).all()) {
      s.forEach(u -> parents.put(u.id(), u.parent()));
    }
    Map<SiteId, UnitId> owners = new HashMap<>();
    try (Stream<Site> s = base.table(RecordKind.SITES).all()) {
      s.forEach(x -> owners.put(x.id(), x.owner()));
    }
    Map<PersonId, Optional<UnitId>> people = new HashMap<>();
    try (Stream<Person> s = base.table(RecordKind.PEOPLE).all()) {
      s.forEach(p -> people.put(p.id(), p.unit()));
    }
    return new Snapshot(parents, owners, people, members(parents));
  }

  private Set<UnitId> members(Map<UnitId, Optional<UnitId>> parents) {
    Map<UnitId, List<UnitId>> children = new HashMap<>();
    parents.forEach((u, p) -> p.ifPresent(x -> children.computeIfAbsent(x, k -> new java.util.ArrayList<>()).add(u)));
    Set<UnitId> out = new HashSet<>();
    ArrayDeque<UnitId> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      UnitId u = todo.pop();
      if (out.add(u)) {
        todo.addAll(children.getOrDefault(u, List.of()));
      }
    }
    return Set.copyOf(out);
  }

  @Override
  public String toString() {
    return "Subtree[" + root.value() + "]";
  }
}
