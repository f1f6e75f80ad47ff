package dev.cordon.core.service;

import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** The disinfection log (消殺記錄). */
public final class DisinfectionService {
  private final Storage storage;

  public DisinfectionService(Storage storage) {
    this.storage = storage;
  }

  /** Records a disinfection; the site must be registered. */
  public WriteOutcome record(DisinfectionRecord record) {
    return storage.inTransaction(() -> {
      List<Violation> v = new ArrayList<>();
      References.require(v, storage.sites(), record.site(), "site", "site");
      record.performedByUnit().ifPresent(u -> References.require(v, storage.units(), u, "performedByUnit", "unit"));
      References.throwIfAny(v);
      return storage.disinfection().put(record);
    });
  }
}
