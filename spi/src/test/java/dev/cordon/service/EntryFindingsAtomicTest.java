package dev.cordon.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordon.Cordon;
import dev.cordon.core.CordonStorageException;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.storage.FindingStore;
import dev.cordon.core.storage.Storage;
import dev.cordon.spi.memory.MemoryStorageProvider;
import dev.cordon.spi.storage.StorageOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * An entry and the findings its rules raise are stored together or not at all: a failure while the
 * findings are written (a full disk, a killed connection) leaves no entry whose findings were never
 * raised — the gap a killed import used to leave, which a resumed import ("already present") did not
 * fill.
 */
class EntryFindingsAtomicTest {
  @Test
  void aFailureWritingFindingsLeavesNoEntryBehind() {
    Storage memory = new MemoryStorageProvider().open("memory:", StorageOptions.defaults());
    AtomicBoolean failFindings = new AtomicBoolean(true);
    Storage storage = failingFindings(memory, failFindings);
    try (Cordon cordon = Cordon.builder().storage(storage).build()) {
      cordon.directory().register(Unit.builder().id(UnitId.of("hq")).name("包头热力集团").kind(UnitKind.GROUP)
          .headcount(12).build());
      cordon.directory().register(Site.builder().id(SiteId.of("hall")).name("昆区营业厅").kind(SiteKind.SERVICE_HALL)
          .owner(UnitId.of("hq")).region(RegionCode.of("150203")).build());
      List<Entry> fevers = List.of(fever("e-1"), fever("e-2"));

      Throwable batch = catchThrowable(() -> cordon.entries().recordAll(fevers));
      assertThat(batch).isInstanceOf(CordonStorageException.class);
      Throwable one = catchThrowable(() -> cordon.entries().record(fever("e-3")));
      assertThat(one).isInstanceOf(CordonStorageException.class);
      assertThat(memory.entries().count()).as("entries without their findings").isZero();

      failFindings.set(false);
      assertThat(cordon.entries().recordAll(fevers).stored()).isEqualTo(2);
      assertThat(memory.entries().count()).isEqualTo(2);
      assertThat(memory.findings().count()).as("ENTRY-FEVER and ENTRY-FEVER-ADMITTED for each").isGreaterThanOrEqualTo(4);
    }
  }

  private static Entry fever(String id) {
    return Entry.builder().id(EntryId.of(id)).site(SiteId.of("hall"))
        .at(Instant.parse("2021-10-25T00:05:00Z"))
        .entrant(Entrant.builder().category(PersonCategory.VISITOR).name("王先生").build())
        .temperature(new BigDecimal("37.8")).decision(Decision.ADMITTED).build();
  }

  /** {@code storage} whose finding store refuses writes while {@code fail} is set. */
  private static Storage failingFindings(Storage storage, AtomicBoolean fail) {
    FindingStore findings = storage.findings();
    FindingStore failing = (FindingStore) Proxy.newProxyInstance(FindingStore.class.getClassLoader(),
        new Class<?>[] {FindingStore.class}, (proxy, method, args) -> {
          if (fail.get() && method.getName().startsWith("put")) {
            throw new CordonStorageException("injected: the disk is full", CordonStorageException.Fault.FULL, null,
                null);
          }
          try {
            return method.invoke(findings, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class},
        (proxy, method, args) -> {
          if (method.getName().equals("findings")) {
            return failing;
          }
          try {
            return method.invoke(storage, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
