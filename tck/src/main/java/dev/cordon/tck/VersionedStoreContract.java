package dev.cordon.tck;

import static dev.cordon.tck.TckData.at;
import static dev.cordon.tck.TckData.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.storage.VersionedStore;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.tck.internal.Aggregate;
import dev.cordon.tck.internal.Aggregates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every store of records that change over time does ({@link VersionedStore}): units, people,
 * sites, supply items, travel declarations, risk areas, assignments and findings.
 * {@code update()} stores a new version, the old ones stay readable oldest first in
 * {@code history()}, reads see the latest; an update identical to the latest version changes
 * nothing; an update of an unknown id is refused ({@code CORDON-STORE-002}).
 */
public abstract class VersionedStoreContract extends StorageContract {
  static final String VERSIONED = "dev.cordon.tck.internal.Aggregates#versionedNames";

  /**
   * update() stores a new version: get(), all() and count() see the latest, history() both.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(VERSIONED)
  public void updateStoresANewVersionAndKeepsTheOld(String aggregate) {
    update(Aggregates.named(aggregate));
  }

  private <K, V> void update(Aggregate<K, V> a) {
    VersionedStore<K, V> store = a.versionedStore(storage);
    V v1 = a.sample(0);
    V v2 = a.changed(v1);
    store.put(v1);
    assertThat(store.update(v2)).isEqualTo(WriteOutcome.STORED);
    assertThat(store.get(a.id(v1))).contains(v2);
    assertThat(store.history(a.id(v1))).containsExactly(v1, v2);
    assertThat(store.count()).isEqualTo(1);
    assertThat(list(store.all())).containsExactly(v2);
  }

  /**
   * Every version is kept, oldest first.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(VERSIONED)
  public void historyListsEveryVersionOldestFirst(String aggregate) {
    history(Aggregates.named(aggregate));
  }

  private <K, V> void history(Aggregate<K, V> a) {
    VersionedStore<K, V> store = a.versionedStore(storage);
    V v1 = a.sample(0);
    V v2 = a.changed(v1);
    V v3 = a.changed(v2);
    V other = a.sample(1);
    store.put(v1);
    store.put(other);
    store.update(v2);
    store.update(v3);
    assertThat(store.history(a.id(v1))).containsExactly(v1, v2, v3);
    assertThat(store.history(a.id(other))).containsExactly(other);
    assertThat(store.get(a.id(v1))).contains(v3);
    assertThat(list(store.all())).containsExactly(v3, other);
    assertThat(store.count()).isEqualTo(2);
  }

  /**
   * An update identical to the latest version changes nothing and is ALREADY_PRESENT.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(VERSIONED)
  public void anUpdateIdenticalToTheLatestVersionChangesNothing(String aggregate) {
    identical(Aggregates.named(aggregate));
  }

  private <K, V> void identical(Aggregate<K, V> a) {
    VersionedStore<K, V> store = a.versionedStore(storage);
    V v1 = a.sample(0);
    V v2 = a.changed(v1);
    store.put(v1);
    assertThat(store.update(v1)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(store.history(a.id(v1))).containsExactly(v1);
    store.update(v2);
    assertThat(store.update(v2)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(store.history(a.id(v1))).containsExactly(v1, v2);
  }

  /**
   * Only the latest version counts as "identical": going back to an earlier content is a new
   * version.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(VERSIONED)
  public void goingBackToAnEarlierContentIsANewVersion(String aggregate) {
    back(Aggregates.named(aggregate));
  }

  private <K, V> void back(Aggregate<K, V> a) {
    VersionedStore<K, V> store = a.versionedStore(storage);
    V v1 = a.sample(0);
    V v2 = a.changed(v1);
    store.put(v1);
    store.update(v2);
    assertThat(store.update(v1)).isEqualTo(WriteOutcome.STORED);
    assertThat(store.history(a.id(v1))).containsExactly(v1, v2, v1);
    assertThat(store.get(a.id(v1))).contains(v1);
  }

  /**
   * update() of an id that was never stored is refused with CORDON-STORE-002 and stores nothing.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(VERSIONED)
  public void updateOfAMissingIdIsRefused(String aggregate) {
    updateMissing(Aggregates.named(aggregate));
  }

  private <K, V> void updateMissing(Aggregate<K, V> a) {
    VersionedStore<K, V> store = a.versionedStore(storage);
    V v = a.sample(0);
    store.put(a.sample(1));
    CordonValidationException e = refusal(() -> store.update(v));
    assertThat(e.codes()).contains("CORDON-STORE-002");
    assertThat(store.get(a.id(v))).isEmpty();
    assertThat(store.history(a.id(v))).isEmpty();
    assertThat(store.count()).isEqualTo(1);
  }

  /**
   * history() of an id that was never stored is empty.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(VERSIONED)
  public void historyOfAMissingIdIsEmpty(String aggregate) {
    historyMissing(Aggregates.named(aggregate));
  }

  private <K, V> void historyMissing(Aggregate<K, V> a) {
    VersionedStore<K, V> store = a.versionedStore(storage);
    assertThat(store.history(a.id(a.sample(0)))).isEmpty();
  }

  /** A travel declaration keeps every step of its workflow (外出報備): declared, approved, departed, returned. */
  @Test
  public void travelKeepsEveryStepOfItsWorkflow() {
    TravelDeclaration declared = TckData.travel("t-1", "p-1", day("2021-10-20"), day("2021-10-22"));
    TravelDeclaration approved = TckData.approved(declared, "p-leader", at("2021-10-19T10:00"));
    TravelDeclaration departed = TckData.departed(approved, day("2021-10-20"));
    TravelDeclaration returned = TckData.returned(departed, day("2021-10-23"));
    storage.travel().put(declared);
    storage.travel().update(approved);
    storage.travel().update(departed);
    storage.travel().update(returned);
    assertThat(storage.travel().history(declared.id()))
        .containsExactly(declared, approved, departed, returned);
    assertThat(storage.travel().get(declared.id())).contains(returned);
    assertThat(list(storage.travel().ofEmployee(declared.employee()))).containsExactly(returned);
  }

  /** A finding keeps its review trail (甄別): put, then confirmed; between() sees the confirmed version. */
  @Test
  public void findingsKeepTheirReviewTrail() {
    Finding open = TckData.finding("ENTRY-FEVER-ADMITTED:0001", "s-001", day("2021-10-25"));
    Finding confirmed = TckData.confirmed(open, "p-reviewer", at("2021-10-26T09:00"));
    assertThat(storage.findings().put(open)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.findings().update(confirmed)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.findings().history(open.id())).containsExactly(open, confirmed);
    assertThat(list(storage.findings().between(day("2021-10-25"), day("2021-10-26"))))
        .containsExactly(confirmed)
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(FindingStatus.CONFIRMED));
  }
}
