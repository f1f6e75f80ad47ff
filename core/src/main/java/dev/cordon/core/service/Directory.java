package dev.cordon.core.service;

import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.Person;
import dev.cordon.core.service.internal.Services;
import dev.cordon.core.site.Site;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's master data (基礎信息): units, people, sites and supply items. Registering is
 * idempotent by id; a different record under an existing id is refused (use {@code update}).
 * References must exist: a unit's parent, an employee's unit, a site's owner.
 */
public final class Directory {
  static {
    // the runtime creates the services through dev.cordon.core.service.internal.Services
    Services.register(Wiring::assemble);
  }

  private final Storage storage;

  Directory(Storage storage) {
    this.storage = storage;
  }

  /** Registers a unit; its parent must be registered first. */
  public WriteOutcome register(Unit unit) {
    return storage.inTransaction(() -> {
      checkUnit(unit);
      return storage.units().put(unit);
    });
  }

  /** Stores a new version of a unit (a rename, a new headcount, a move in the tree). */
  public WriteOutcome update(Unit unit) {
    return storage.inTransaction(() -> {
      checkUnit(unit);
      return storage.units().update(unit);
    });
  }

  /** Registers a person; an employee's unit must be registered. */
  public WriteOutcome register(Person person) {
    return storage.inTransaction(() -> {
      checkPerson(person);
      return storage.people().put(person);
    });
  }

  /** Stores a new version of a person. */
  public WriteOutcome update(Person person) {
    return storage.inTransaction(() -> {
      checkPerson(person);
      return storage.people().update(person);
    });
  }

  /** Registers a site; its owner unit must be registered. */
  public WriteOutcome register(Site site) {
    return storage.inTransaction(() -> {
      checkSite(site);
      return storage.sites().put(site);
    });
  }

  /** Stores a new version of a site. */
  public WriteOutcome update(Site site) {
    return storage.inTransaction(() -> {
      checkSite(site);
      return storage.sites().update(site);
    });
  }

  /** Registers a supply item. */
  public WriteOutcome register(SupplyItem item) {
    return storage.supplyItems().put(item);
  }

  /** Stores a new version of a supply item. */
  public WriteOutcome update(SupplyItem item) {
    return storage.supplyItems().update(item);
  }

  /** The unit with {@code id}. */
  public Optional<Unit> unit(UnitId id) {
    return storage.units().get(id);
  }

  /** The ids of {@code root} and every unit below it. */
  public Set<UnitId> subtree(UnitId root) {
    List<Unit> all;
    try (var s = storage.units().all()) {
      all = s.toList();
    }
    Set<UnitId> out = new HashSet<>();
    out.add(root);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Unit u : all) {
        if (u.parent().filter(out::contains).isPresent() && out.add(u.id())) {
          grew = true;
        }
      }
    }
    return out;
  }

  private void checkUnit(Unit unit) {
    List<Violation> v = new ArrayList<>();
    if (unit.parent().isPresent()) {
      References.require(v, storage.units(), unit.parent().get(), "parent", "unit");
      // the tree stays a tree: walking up from the parent never meets the unit itself
      Set<UnitId> seen = new HashSet<>();
      Optional<UnitId> up = unit.parent();
      while (up.isPresent() && seen.add(up.get())) {
        if (up.get().equals(unit.id())) {
          v.add(CordonErrors.unitCycle("parent", unit.parent().get().value()));
          break;
        }
        up = storage.units().get(up.get()).flatMap(Unit::parent);
      }
    }
    References.throwIfAny(v);
  }

  private void checkPerson(Person person) {
    List<Violation> v = new ArrayList<>();
    person.unit().ifPresent(u -> References.require(v, storage.units(), u, "unit", "unit"));
    References.throwIfAny(v);
  }

  private void checkSite(Site site) {
    List<Violation> v = new ArrayList<>();
    References.require(v, storage.units(), site.owner(), "owner", "unit");
    References.throwIfAny(v);
  }
}
