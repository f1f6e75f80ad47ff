package dev.cordon.tck;

import static dev.cordon.tck.TckData.at;
import static dev.cordon.tck.TckData.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordon.core.CordonStorageException;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.UnitStore;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclarationId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The life of a storage ({@link Storage}): {@code describe()} names the provider and the URL;
 * {@code close()} is idempotent; once closed, any use throws a {@link CordonStorageException} with
 * a message — through the storage and through stores obtained before the close.
 */
public abstract class LifecycleContract extends StorageContract {
  private static final Instant T = at("2021-10-25T09:00");

  /** describe() has at least the keys provider and url, with values. */
  @Test
  public void describeNamesTheProviderAndTheUrl() {
    Map<String, String> facts = storage.describe();
    assertThat(facts).containsKeys("provider", "url");
    assertThat(facts.get("provider")).isNotBlank();
    assertThat(facts.get("url")).isNotBlank();
  }

  /** close() may be called more than once. */
  @Test
  public void closeIsIdempotent() {
    storage.units().put(TckData.unit("u-1", "包头供热分公司"));
    assertThatCode(() -> {
      storage.close();
      storage.close();
    }).doesNotThrowAnyException();
  }

  /** After close(), reads, writes, streams and transactions all throw CordonStorageException with a message. */
  @Test
  public void aClosedStorageRefusesEveryUse() {
    Unit unit = TckData.unit("u-1", "包头供热分公司");
    storage.units().put(unit);
    storage.close();

    Map<String, Executable> uses = new LinkedHashMap<>();
    uses.put("units().get", () -> storage.units().get(unit.id()));
    uses.put("units().put", () -> storage.units().put(TckData.unit("u-2", "额济纳旗供热站")));
    uses.put("units().update", () -> storage.units().update(unit));
    uses.put("units().count", () -> storage.units().count());
    uses.put("units().all", () -> consume(storage.units().all()));
    uses.put("people().putAll", () -> storage.people().putAll(
        java.util.List.of(TckData.employee("p-1", TckData.ZHANG_SAN, "u-1"))));
    uses.put("entries().between", () -> consume(storage.entries().between(T, T.plusSeconds(3600))));
    uses.put("entries().history", () -> storage.entries().history(
        dev.cordon.core.entry.EntryId.of("e-1")));
    uses.put("stock().put", () -> storage.stock().put(TckData.receipt("m-1", "u-1", "i-mask", T, "1")));
    uses.put("stock().of", () -> consume(storage.stock().of(UnitId.of("u-1"), SupplyItemId.of("i-mask"))));
    uses.put("stock().holdings", () -> consume(storage.stock().holdings()));
    uses.put("travel().get", () -> storage.travel().get(TravelDeclarationId.of("t-1")));
    uses.put("riskAreas().overlapping", () -> consume(storage.riskAreas().overlapping(day("2021-10-25"), day("2021-10-26"))));
    uses.put("findings().between", () -> consume(storage.findings().between(day("2021-10-25"), day("2021-10-26"))));
    uses.put("disinfection().count", () -> storage.disinfection().count());
    uses.put("assignments().count", () -> storage.assignments().count());
    uses.put("sites().count", () -> storage.sites().count());
    uses.put("supplyItems().count", () -> storage.supplyItems().count());

    uses.forEach((name, use) -> {
      Throwable t = catchThrowable(use::execute);
      assertThat(t).as(name).isInstanceOf(CordonStorageException.class);
      assertThat(t.getMessage()).as("message of %s", name).isNotBlank();
    });
  }

  /** After close(), inTransaction() throws CordonStorageException and does not run the work. */
  @Test
  public void aClosedStorageRunsNoTransaction() {
    storage.close();
    AtomicBoolean ran = new AtomicBoolean();
    Throwable t = catchThrowable(() -> storage.inTransaction(() -> ran.set(true)));
    assertThat(t).isInstanceOf(CordonStorageException.class);
    assertThat(ran).isFalse();
  }

  /** A store obtained before close() refuses use afterwards too. */
  @Test
  public void aStoreObtainedBeforeCloseRefusesUseAfterIt() {
    UnitStore units = storage.units();
    units.put(TckData.unit("u-1", "包头供热分公司"));
    storage.close();
    assertThat(catchThrowable(() -> units.get(UnitId.of("u-1"))))
        .isInstanceOf(CordonStorageException.class);
    assertThat(catchThrowable(() -> units.put(TckData.unit("u-2", "额济纳旗供热站"))))
        .isInstanceOf(CordonStorageException.class);
  }

  private static void consume(Stream<?> stream) {
    try (stream) {
      stream.count();
    }
  }
}
