package dev.cordon.core.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The records of one {@link RecordKind}, durably (SPI tier: the part of the storage core a provider
 * implements per kind). Five primitives are required; they know nothing of the domain: core builds
 * every port on them ({@link Storage#entries()} …) and holds the invariants itself — idempotent
 * writes, refused rewrites, supersession, versions, the stock guard, notice numbers. The default
 * methods are correct for any provider and read the whole table; a provider overrides them to
 * answer from an index.
 *
 * <p>Every primitive runs in the caller's transaction when there is one ({@link
 * Storage#inTransaction}); outside one, each call is atomic on its own. A primitive never throws for
 * data: it reports what it found and core decides.
 *
 * @param <K> the id type
 * @param <V> the record type
 */
public interface RecordTable<K extends Comparable<K>, V> {
  /**
   * Stores each record as the first (or only) version under its id, unless a record with that id is
   * stored; atomic per record, also against other writers (a unique key, {@code INSERT … ON
   * CONFLICT DO NOTHING}). Records with the same id within {@code records} do not occur.
   *
   * @return the records that were not stored because their id was taken, in their order
   */
  List<V> insertAbsent(List<? extends V> records);

  /**
   * Every stored version of each of {@code ids}, oldest first (one for kinds that are not
   * {@link RecordKind.Shape#VERSIONED}); ids with no record are absent from the map.
   */
  Map<K, List<V>> versions(Collection<K> ids);

  /**
   * Stores {@code record} as version {@code stored + 1} of its id if exactly {@code stored} versions
   * are stored now; else stores nothing and returns false (another writer was first: core reads
   * again and retries). Only for {@link RecordKind.Shape#VERSIONED} kinds.
   */
  boolean appendVersion(V record, int stored);

  /**
   * Records that {@code old} is superseded by {@code by} unless it is superseded already; atomic
   * against other writers (a conditional update). Only for {@link RecordKind.Shape#LEDGER} kinds.
   *
   * <p>Core stores a correction and then marks what it corrects, in one transaction. The defaults of
   * {@link #supersededBy} and {@link #current} read the marks from the stored records' own
   * {@code supersedes}; a provider that keeps the mark elsewhere (a column, a map) overrides them.
   *
   * @return empty if the mark was made; else the id of the record that superseded {@code old} first
   */
  Optional<K> markSuperseded(K old, K by);

  /**
   * Every record in its latest version, ordered by id, streamed (close the stream). The stream is
   * weakly consistent: the same thread may write — insert, append, mark, rewrite, each in its own
   * transaction — between two of its elements, and the stream goes on without failing; records
   * written after the stream passed their place may or may not appear. (A purge erases in batches
   * while it reads, so that its memory is bounded by a batch, not by the history.)
   */
  Stream<V> all();

  /**
   * Replaces, in place, every stored version of {@code id} with {@code versions} — the same number,
   * oldest first, each with the same id — if exactly {@code versions.size()} versions are stored now;
   * else changes nothing and returns false (another writer appended meanwhile, or the record is
   * gone: core reads again). Version numbers, supersession marks and whatever else the provider keeps
   * beside a record stay as they were; plain columns a provider copies from the record are written
   * again from the new version.
   *
   * <p>The one primitive that changes a stored record, and core calls it for one purpose only: to
   * erase personal values (a purge past retention, an erasure on request) from every version,
   * history included. Nothing that was erased may remain readable through any primitive afterwards;
   * a provider that keeps copies (a cache, an audit table of its own) rewrites them too.
   */
  boolean rewrite(K id, List<? extends V> versions);

  /** The latest version of the record with {@code id}. */
  default Optional<V> get(K id) {
    List<V> versions = versions(List.of(id)).get(id);
    return versions == null || versions.isEmpty() ? Optional.empty()
        : Optional.of(versions.get(versions.size() - 1));
  }

  /** Whether a record is stored under {@code id}. */
  default boolean contains(K id) {
    return get(id).isPresent();
  }

  /** How many records are stored (latest versions only). */
  default long count() {
    try (Stream<V> s = all()) {
      return s.count();
    }
  }

  /**
   * For a {@link RecordKind.Shape#LEDGER} kind, the record that superseded each of {@code ids}, for
   * those superseded. The default derives it from the stored records' own {@code supersedes}.
   */
  default Map<K, K> supersededBy(RecordKind<K, V> kind, Collection<K> ids) {
    Set<K> wanted = new HashSet<>(ids);
    Map<K, K> out = new HashMap<>();
    try (Stream<V> s = all()) {
      s.forEach(v -> kind.supersedesOf(v).filter(wanted::contains).ifPresent(old -> out.put(old, kind.idOf(v))));
    }
    return out;
  }

  /**
   * The records of a kind with instants ({@link RecordKind#hasInstant()}) that are not superseded,
   * with {@code from <= instant < to}, ordered by instant then id, streamed. The default reads the
   * whole table.
   */
  default Stream<V> current(RecordKind<K, V> kind, Instant from, Instant to) {
    if (!from.isBefore(to)) {
      return Stream.empty();
    }
    return notSuperseded(kind)
        .filter(v -> {
          Instant at = kind.instantOf(v).orElseThrow();
          return !at.isBefore(from) && at.isBefore(to);
        })
        .sorted(Comparator.comparing((V v) -> kind.instantOf(v).orElseThrow()).thenComparing(kind::idOf));
  }

  /**
   * Every record that is not superseded (latest versions), ordered by id. The default reads the
   * whole table.
   */
  default Stream<V> current(RecordKind<K, V> kind) {
    return kind.shape() != RecordKind.Shape.LEDGER ? all() : notSuperseded(kind);
  }

  /** Every record no stored record supersedes, read whole: the defaults' shared step. */
  private Stream<V> notSuperseded(RecordKind<K, V> kind) {
    List<V> all;
    try (Stream<V> s = all()) {
      all = s.collect(Collectors.toCollection(ArrayList::new));
    }
    Set<K> superseded = new HashSet<>();
    for (V v : all) {
      kind.supersedesOf(v).ifPresent(superseded::add);
    }
    return all.stream().filter(v -> !superseded.contains(kind.idOf(v)));
  }
}
