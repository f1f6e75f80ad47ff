package dev.cordon.core.service;

import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.privacy.ErasureOutcome;
import dev.cordon.core.privacy.PersonKey;
import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.privacy.PurgeRecord;
import dev.cordon.core.privacy.Redaction;
import dev.cordon.core.privacy.SubjectData;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.CordonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Requests of one person about their own data (個人信息查閱、刪除請求, PIPL Art. 45 and 47): finding
 * everything held about them, exporting it, erasing it. Behind {@link PersonalDataService#find},
 * {@link PersonalDataService#export} and {@link PersonalDataService#erase}.
 *
 * <p>Finding is a full scan of the people, entries, travel declarations, findings and notices (and
 * of the earlier versions of every person): a request is rare and must miss nothing, and no index
 * of phone or ID numbers is kept that would itself be personal data to protect.
 */
final class SubjectRequests {
  /** Ids read per {@code versions} call while scanning earlier versions. */
  private static final int CHUNK = 500;
  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Storage storage;
  private final PolicyHistory policies;
  private final Clock clock;

  SubjectRequests(Storage storage, PolicyHistory policies, Clock clock) {
    this.storage = storage;
    this.policies = policies;
    this.clock = clock;
  }

  // --- find --------------------------------------------------------------------------------------

  SubjectData find(PersonKey key) {
    List<Person> people = new ArrayList<>();
    List<Person> earlier = new ArrayList<>();
    RecordTable<PersonId, Person> peopleTable = storage.table(RecordKind.PEOPLE);
    List<PersonId> all = new ArrayList<>();
    try (Stream<Person> s = peopleTable.all()) {
      s.forEach(p -> all.add(p.id()));
    }
    // every version of every person: a phone number changed since is still theirs to see and erase
    for (int from = 0; from < all.size(); from += CHUNK) {
      Map<PersonId, List<Person>> versions = peopleTable.versions(all.subList(from, Math.min(all.size(), from + CHUNK)));
      for (PersonId id : all.subList(from, Math.min(all.size(), from + CHUNK))) {
        List<Person> vs = versions.getOrDefault(id, List.of());
        if (vs.stream().anyMatch(p -> key.matches(p.phone(), p.residentId()))) {
          people.add(vs.get(vs.size() - 1));
          earlier.addAll(vs.subList(0, vs.size() - 1));
        }
      }
    }
    Set<PersonId> personIds = new HashSet<>();
    people.forEach(p -> personIds.add(p.id()));

    List<Entry> entries = new ArrayList<>();
    try (Stream<Entry> s = storage.table(RecordKind.ENTRIES).all()) {
      s.forEach(e -> {
        Entrant who = e.entrant();
        if (key.matches(who.phone(), who.residentId()) || who.personId().filter(personIds::contains).isPresent()) {
          entries.add(e);
        }
      });
    }
    List<TravelDeclaration> travel = new ArrayList<>();
    if (!personIds.isEmpty()) {
      try (Stream<TravelDeclaration> s = storage.table(RecordKind.TRAVEL).all()) {
        s.filter(t -> personIds.contains(t.employee())).forEach(travel::add);
      }
    }
    Set<String> named = new HashSet<>();
    people.forEach(p -> named.add(p.id().value()));
    entries.forEach(e -> named.add(RecordKind.ENTRIES.idText(e.id())));
    travel.forEach(t -> named.add(RecordKind.TRAVEL.idText(t.id())));
    List<Finding> findings = new ArrayList<>();
    Set<FindingId> findingIds = new HashSet<>();
    if (!named.isEmpty()) {
      try (Stream<Finding> s = storage.table(RecordKind.FINDINGS).all()) {
        s.filter(f -> named.contains(f.subject().id()) || f.evidence().stream().anyMatch(named::contains))
            .forEach(f -> {
              findings.add(f);
              findingIds.add(f.id());
            });
      }
    }
    List<Notice> notices = new ArrayList<>();
    if (!findingIds.isEmpty()) {
      try (Stream<Notice> s = storage.table(RecordKind.NOTICES).all()) {
        s.filter(n -> n.findings().stream().anyMatch(findingIds::contains)).forEach(notices::add);
      }
    }
    return new SubjectData(key, people, earlier, entries, travel, findings, notices);
  }

  /**
   * The records found, as {@code kind:id} ({@code person:P-1}, {@code entry:E-7},
   * {@code travel declaration:T-3}, {@code finding:…}, {@code notice:…}): what the access log names.
   */
  static List<String> records(SubjectData data) {
    List<String> out = new ArrayList<>();
    data.people().forEach(p -> out.add(name(RecordKind.PEOPLE, p)));
    data.entries().forEach(e -> out.add(name(RecordKind.ENTRIES, e)));
    data.travelDeclarations().forEach(t -> out.add(name(RecordKind.TRAVEL, t)));
    data.findings().forEach(f -> out.add(name(RecordKind.FINDINGS, f)));
    data.notices().forEach(n -> out.add(name(RecordKind.NOTICES, n)));
    return out;
  }

  private static <K extends Comparable<K>, V> String name(RecordKind<K, V> kind, V record) {
    return kind.name() + ":" + kind.idText(kind.idOf(record));
  }

  // --- export ------------------------------------------------------------------------------------

  String export(PersonKey key, String by, String reason) {
    String id = "access-" + RUN_TIME.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    // a malformed actor or reason is refused before anything is read
    Validation.require(accessLine(id, by, reason, key, List.of()));
    SubjectData data = find(key);
    AccessRecord line = accessLine(id, by, reason, key, records(data));
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> subject = new LinkedHashMap<>();
    key.residentId().ifPresent(r -> subject.put("residentId", r.value()));
    key.phone().ifPresent(p -> subject.put("phone", p.value()));
    out.put("subject", subject);
    out.put("exportedAt", line.at());
    out.put("by", by);
    out.put("reason", reason);
    out.put("accessLogLine", line.id());
    out.put("people", data.people());
    out.put("earlierPersonVersions", data.earlierPersonVersions());
    out.put("entries", data.entries());
    out.put("travelDeclarations", data.travelDeclarations());
    out.put("findings", data.findings());
    out.put("notices", data.notices());
    String json;
    try {
      json = CordonJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new CordonException("cannot write the export of " + key + " as JSON", e);
    }
    // logged before it is handed over: values are never shown unlogged
    storage.accessLog().put(line);
    return json;
  }

  private AccessRecord accessLine(String id, String by, String reason, PersonKey key, List<String> records) {
    return AccessRecord.builder().id(id).at(clock.instant()).by(by).reason(reason)
        .what("export personal data by " + key.kind())
        .records(records.size() > AccessRecord.MAX_LISTED ? records.subList(0, AccessRecord.MAX_LISTED) : records)
        .count(records.size()).build();
  }

  // --- erase -------------------------------------------------------------------------------------

  ErasureOutcome erase(PersonKey key, String by, String reason, int batchSize) {
    String run = "erasure-" + RUN_TIME.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    Validation.require(line(run, 0, by, reason, Map.of(), Map.of(), 0));
    SubjectData data = find(key);
    ZoneId zone = storage.zone();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Map<String, List<FindingId>> heldBy = heldBy(data, today, zone);

    Erasure e = new Erasure(run, by, reason, batchSize);
    e.sweep(RecordKind.PEOPLE, data.people(), heldBy);
    e.sweep(RecordKind.ENTRIES, data.entries(), heldBy);
    e.sweep(RecordKind.TRAVEL, data.travelDeclarations(), heldBy);
    if (e.batches.batches == 0 || !e.held.isEmpty()) {
      // the request's closing line: what legal holds kept, and that a request that erased nothing was made
      storage.purgeLog().put(line(run, 0, by, reason, Map.of(), Map.of(), e.held.size()));
    }
    return new ErasureOutcome(run, data.size(), e.batches.records, e.batches.values, e.held);
  }

  /**
   * The found findings that hold a record today, per record id text: the same judgment as a purge's
   * ({@link LegalHolds}). Every finding naming a found record is among the found ones, and so is
   * every notice naming such a finding, so the holds are complete.
   */
  private Map<String, List<FindingId>> heldBy(SubjectData data, LocalDate today, ZoneId zone) {
    Map<FindingId, LocalDate> namedOn = new HashMap<>();
    data.notices().forEach(n -> n.findings().forEach(f -> namedOn.merge(f, n.date(), (a, b) -> a.isAfter(b) ? a : b)));
    Map<String, List<FindingId>> out = new HashMap<>();
    for (Finding f : data.findings()) {
      if (!LegalHolds.holds(f, namedOn.get(f.id()), policies, today, zone)) {
        continue;
      }
      Set<String> ids = new TreeSet<>(f.evidence());
      ids.add(f.subject().id());
      ids.forEach(id -> out.computeIfAbsent(id, k -> new ArrayList<>()).add(f.id()));
    }
    return out;
  }

  private PurgeRecord line(String run, int batch, String by, String reason, Map<String, Integer> records,
      Map<PersonalField, Integer> values, int held) {
    return PurgeRecord.builder().id(run + "-" + String.format("%04d", batch)).run(run).batch(batch)
        .at(clock.instant()).by(by).cause(PurgeRecord.Cause.ERASURE).reason(reason).records(records)
        .values(values).held(held).build();
  }

  /** One erasure: the records held, and its batches. */
  private final class Erasure {
    final int batchSize;
    final ErasureBatches batches;
    final Map<String, List<FindingId>> held = new TreeMap<>();

    Erasure(String run, String by, String reason, int batchSize) {
      this.batchSize = batchSize;
      this.batches = new ErasureBatches(storage,
          (number, records, values) -> line(run, number, by, reason, records, values, 0), true);
    }

    /** Erases the {@code found} records of {@code kind} that hold personal values and no finding holds. */
    <K extends Comparable<K>, V> void sweep(RecordKind<K, V> kind, List<V> found, Map<String, List<FindingId>> heldBy) {
      List<K> due = new ArrayList<>();
      for (V v : found) {
        K id = kind.idOf(v);
        if (Redaction.present(v).isEmpty()) {
          continue; // erased already (a person found by an earlier version has a name while not erased)
        }
        List<FindingId> by = heldBy.get(kind.idText(id));
        if (by != null) {
          held.put(kind.name() + ":" + kind.idText(id), by);
          continue;
        }
        due.add(id);
      }
      for (int from = 0; from < due.size(); from += batchSize) {
        batches.batch(kind, due.subList(from, Math.min(due.size(), from + batchSize)));
      }
    }
  }
}
