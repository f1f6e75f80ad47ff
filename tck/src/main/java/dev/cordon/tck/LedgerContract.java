package dev.cordon.tck;

import static dev.cordon.tck.TckData.at;
import static dev.cordon.tck.TckData.midnight;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.LedgerStore;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.supply.SupplyItemId;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What the append-only ledgers do ({@link LedgerStore}: entries, stock movements, disinfection):
 * a correction is a new record that supersedes an old one; both stay readable, the old one through
 * {@code history(id)} (the record, then its corrections), while range queries return only the
 * records not superseded. {@code get}, {@code all} and {@code count} see every record.
 */
public abstract class LedgerContract extends StorageContract {
  private static final Instant NINE = at("2021-10-25T09:00");

  private static Instant dayStart(String day) {
    return midnight(day);
  }

  /** A corrected entry: history() holds both, range queries only the correction. */
  @Test
  public void aCorrectionSupersedesAndBothStayReadable() {
    Entry original = TckData.visitorEntry("e-001", "s-001", TckData.ALATAN_BATER, NINE);
    Entry correction = TckData.correctionOf(original, "e-002", "37.5");
    assertThat(storage.entries().put(original)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.entries().put(correction)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.entries().put(correction)).isEqualTo(WriteOutcome.ALREADY_PRESENT);

    assertThat(storage.entries().history(original.id())).containsExactly(original, correction);
    assertThat(storage.entries().history(correction.id())).containsExactly(correction);
    assertThat(storage.entries().get(original.id())).contains(original);
    assertThat(storage.entries().get(correction.id())).contains(correction);

    Instant from = dayStart("2021-10-25");
    Instant to = dayStart("2021-10-26");
    assertThat(list(storage.entries().between(from, to))).containsExactly(correction);
    assertThat(list(storage.entries().ofSite(SiteId.of("s-001"), from, to)))
        .containsExactly(correction);
  }

  /** get(), all() and count() see every record of a ledger, superseded ones included. */
  @Test
  public void getAllAndCountSeeSupersededRecords() {
    Entry original = TckData.visitorEntry("e-001", "s-001", TckData.ZHANG_SAN, NINE);
    Entry correction = TckData.correctionOf(original, "e-002", "36.6");
    storage.entries().putAll(java.util.List.of(original, correction));
    assertThat(storage.entries().count()).isEqualTo(2);
    assertThat(list(storage.entries().all())).containsExactly(original, correction);
  }

  /** A correction of a correction: history() of the first follows the whole chain. */
  @Test
  public void historyFollowsCorrectionsOfCorrections() {
    Entry e1 = TckData.employeeEntry("e-001", "s-001", "p-001", NINE);
    Entry e2 = TckData.correctionOf(e1, "e-002", "36.7");
    Entry e3 = TckData.correctionOf(e2, "e-003", "36.9");
    Entry unrelated = TckData.employeeEntry("e-004", "s-001", "p-002", NINE.plusSeconds(60));
    storage.entries().put(e1);
    storage.entries().put(unrelated);
    storage.entries().put(e2);
    storage.entries().put(e3);
    assertThat(storage.entries().history(e1.id())).containsExactly(e1, e2, e3);
    assertThat(storage.entries().history(e2.id())).containsExactly(e2, e3);
    assertThat(storage.entries().history(unrelated.id())).containsExactly(unrelated);
    assertThat(list(storage.entries().between(dayStart("2021-10-25"), dayStart("2021-10-26"))))
        .containsExactly(e3, unrelated);
    assertThat(list(storage.entries().ofEmployee(PersonId.of("p-001"), dayStart("2021-10-25"),
        dayStart("2021-10-26")))).containsExactly(e3);
  }

  /** A correction that moves an entry to the day before takes it out of its old day. */
  @Test
  public void aCorrectionMovedToAnotherDayLeavesItsOldDay() {
    Entry original = TckData.employeeEntry("e-001", "s-001", "p-001", NINE);
    Entry moved = TckData.correctionOf(original, "e-002", at("2021-10-24T18:30"));
    storage.entries().put(original);
    storage.entries().put(moved);
    assertThat(list(storage.entries().between(dayStart("2021-10-25"), dayStart("2021-10-26"))))
        .isEmpty();
    assertThat(list(storage.entries().between(dayStart("2021-10-24"), dayStart("2021-10-25"))))
        .containsExactly(moved);
    assertThat(list(storage.entries().ofEmployee(PersonId.of("p-001"), dayStart("2021-10-24"),
        dayStart("2021-10-26")))).containsExactly(moved);
    assertThat(storage.entries().history(original.id())).containsExactly(original, moved);
  }

  /** history() of an uncorrected record is that record; of an unknown id, empty. */
  @Test
  public void historyOfAnUncorrectedRecordIsTheRecordAlone() {
    Entry entry = TckData.employeeEntry("e-001", "s-001", "p-001", NINE);
    StockMovement receipt = TckData.receipt("m-001", "u-1", "i-mask", NINE, "100");
    DisinfectionRecord record = TckData.disinfection("d-001", "s-001", NINE);
    storage.entries().put(entry);
    storage.stock().put(receipt);
    storage.disinfection().put(record);
    assertThat(storage.entries().history(entry.id())).containsExactly(entry);
    assertThat(storage.stock().history(receipt.id())).containsExactly(receipt);
    assertThat(storage.disinfection().history(record.id())).containsExactly(record);
    assertThat(storage.entries().history(EntryId.of("e-404"))).isEmpty();
    assertThat(storage.stock().history(StockMovementId.of("m-404"))).isEmpty();
  }

  /** A corrected stock movement: the balance follows the correction, as StockBook says. */
  @Test
  public void aStockCorrectionSupersedesTheMovementItCorrects() {
    StockMovement receipt = TckData.receipt("m-001", "u-1", "i-mask", NINE, "100");
    StockMovement wrong = TckData.consumption("m-002", "u-1", "i-mask", NINE.plusSeconds(3600), "30");
    StockMovement right = TckData.correctionOf(wrong, "m-003", "20");
    storage.stock().put(receipt);
    storage.stock().put(wrong);
    storage.stock().put(right);

    UnitId holder = UnitId.of("u-1");
    SupplyItemId item = SupplyItemId.of("i-mask");
    assertThat(list(storage.stock().of(holder, item))).containsExactly(receipt, right);
    assertThat(list(storage.stock().between(dayStart("2021-10-25"), dayStart("2021-10-26"))))
        .containsExactly(receipt, right);
    assertThat(storage.stock().history(wrong.id())).containsExactly(wrong, right);
    assertThat(storage.stock().get(wrong.id())).contains(wrong);
    assertThat(StockBook.position(new Holding(holder, item), list(storage.stock().of(holder, item)),
        null).balance()).isEqualByComparingTo(new BigDecimal("80"));
  }
}
