package dev.cordon.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cordon.Cordon;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.notice.NoticeDraft;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.privacy.ErasureOutcome;
import dev.cordon.core.privacy.PersonKey;
import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.privacy.PurgeRecord;
import dev.cordon.core.privacy.Redaction;
import dev.cordon.core.privacy.SubjectData;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's requests about their own data (PIPL Art. 45, 47): a visitor seen several times (once in
 * a row that was corrected) and found by phone, an employee whose phone changed, with a travel
 * declaration and a finding named in a notice, found by ID number; a visitor's row held by an open
 * finding. Found whole, exported whole and logged, erased outside the hold, idempotently, logged.
 */
class PersonalDataRequestsTest {
  /** A year after the month: the employee's closed finding no longer holds anything (180 days). */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-11-10T02:00:00Z"), ZoneOffset.UTC);
  private static final ResidentId EMPLOYEE_ID = id("15020219850505123");
  private static final ResidentId VISITOR_ID = id("15020319900101456");
  private static final PhoneNumber VISITOR_PHONE = PhoneNumber.parse("13800471234");
  private static final PhoneNumber OLD_PHONE = PhoneNumber.parse("13900471111");
  private static final PhoneNumber NEW_PHONE = PhoneNumber.parse("13900472222");
  private static final PersonId EMPLOYEE = PersonId.of("P-ZW");
  private static final PersonId CHAIR = PersonId.of("P-CHAIR");
  private static final UnitId GROUP = UnitId.of("U-G");
  private static final SiteId HALL = SiteId.of("S-HALL");

  private Cordon cordon;

  private static ResidentId id(String first17) {
    return ResidentId.parse(first17 + ResidentId.checkCharacter(first17));
  }

  private static Instant at(String local) {
    return java.time.LocalDateTime.parse(local).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
  }

  private static Entry visit(String id, String when, String phone, ResidentId rid, String temperature) {
    Entrant.Builder who = Entrant.builder().category(PersonCategory.VISITOR).name("王芳").purpose("缴纳采暖费")
        .host("赵敏");
    if (phone != null) {
      who.phone(PhoneNumber.parse(phone));
    }
    if (rid != null) {
      who.residentId(rid);
    }
    return Entry.builder().id(EntryId.of(id)).site(HALL).at(at(when)).entrant(who.build())
        .temperature(new BigDecimal(temperature)).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, RegionCode.of("150200"))).decision(Decision.ADMITTED).build();
  }

  @BeforeEach
  void recordTheMonth() {
    cordon = Cordon.builder().storage("memory:").clock(CLOCK).build();
    cordon.directory().register(Unit.builder().id(GROUP).name("包头市热力集团").kind(UnitKind.GROUP).headcount(12).build());
    cordon.directory().register(Site.builder().id(HALL).name("东河区营业厅").kind(SiteKind.SERVICE_HALL).owner(GROUP)
        .region(RegionCode.of("150202")).build());
    cordon.directory().register(Person.builder().id(CHAIR).name("刘主任").category(PersonCategory.EMPLOYEE).unit(GROUP)
        .build());
    Person employee = Person.builder().id(EMPLOYEE).name("张伟").category(PersonCategory.EMPLOYEE).unit(GROUP)
        .phone(OLD_PHONE).residentId(EMPLOYEE_ID).build();
    cordon.directory().register(employee);
    // a new phone number: the old one stays in the person's first version
    cordon.directory().update(Person.builder().from(employee).phone(NEW_PHONE).build());

    // the visitor, four times: by phone written two ways, once with the ID number, once corrected
    // (the time was wrong); the admission with a fever on E-V3 raises open findings: a legal hold
    cordon.entries().record(visit("E-V1", "2021-10-11T09:41", "+86 138 0047 1234", null, "36.5"));
    cordon.entries().record(visit("E-V2", "2021-10-12T10:02", "13800471234", VISITOR_ID, "36.6"));
    cordon.entries().record(Entry.builder().from(visit("E-V2C", "2021-10-12T10:20", "13800471234", VISITOR_ID, "36.6"))
        .supersedes(EntryId.of("E-V2")).build());
    cordon.entries().record(visit("E-V3", "2021-10-13T15:20", "13800471234", null, "37.6"));
    // someone else, who must stay as they are
    cordon.entries().record(visit("E-OTHER", "2021-10-13T15:30", "13700470000", null, "36.4"));
    cordon.entries().record(Entry.builder().id(EntryId.of("E-ZW")).site(HALL).at(at("2021-10-14T08:00"))
        .entrant(Entrant.employee(EMPLOYEE)).temperature(new BigDecimal("36.3")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, RegionCode.of("150200"))).decision(Decision.ADMITTED).build());
    cordon.travel().declare(TravelDeclaration.builder().id(TravelDeclarationId.of("T-ZW")).employee(EMPLOYEE)
        .addDestinations(RegionCode.of("110101")).purpose("探望住院的母亲").purposeKind(PurposeKind.PERSONAL)
        .plannedDeparture(LocalDate.of(2021, 10, 20)).plannedReturn(LocalDate.of(2021, 10, 22))
        .declaredAt(at("2021-10-15T09:00")).build());

    // the employee's trip: a finding confirmed, named in a notice, rectified a year ago
    cordon.storage().findings().put(finding("F-TRIP", Subject.of(SubjectKind.PERSON, EMPLOYEE.value()), "T-ZW",
        LocalDate.of(2021, 10, 20)));
    cordon.findings().confirm(FindingId.of("F-TRIP"), CHAIR, at("2021-10-25T10:00"));
    cordon.notices().issue(NoticeDraft.builder().id(NoticeId.of("N-1")).numberPrefix("包热防通")
        .title("关于外出报备不及时的通报").issuer(GROUP).addUnits(GROUP).addFindings(FindingId.of("F-TRIP"))
        .issuedBy(CHAIR).issuedAt(at("2021-10-26T10:00")).build());
    cordon.findings().rectify(FindingId.of("F-TRIP"), LocalDate.of(2021, 10, 28));
  }

  private static Finding finding(String id, Subject subject, String evidence, LocalDate day) {
    return Finding.builder().id(FindingId.of(id)).ruleId("TEST-RULE").severity(Severity.HIGH).subject(subject)
        .unit(GROUP).date(day).messageEn("a finding").messageZh("一项发现").addEvidence(evidence).build();
  }

  /** The open findings the check raised when E-V3 was recorded: a fever, admitted. */
  private List<String> feverFindings() {
    try (var s = cordon.storage().findings().all()) {
      List<String> ids = s.filter(f -> f.evidence().contains("E-V3")).map(f -> f.id().value()).sorted().toList();
      assertThat(ids).hasSize(2).allMatch(id -> id.startsWith("ENTRY-FEVER"));
      return ids;
    }
  }

  @AfterEach
  void close() {
    cordon.close();
  }

  private static List<String> ids(List<?> records, RecordKind<?, ?> kind) {
    return records.stream().map(r -> idText(kind, r)).toList();
  }

  @SuppressWarnings("unchecked")
  private static <K extends Comparable<K>, V> String idText(RecordKind<K, V> kind, Object r) {
    return kind.idText(kind.idOf((V) r));
  }

  @Test
  void aVisitorIsFoundByPhoneInEveryFormAndEveryRowCorrectedOrNot() {
    SubjectData d = cordon.personalData().find(PhoneNumber.parse("+86 138-0047-1234"));
    assertThat(ids(d.entries(), RecordKind.ENTRIES)).containsExactly("E-V1", "E-V2", "E-V2C", "E-V3");
    assertThat(d.people()).isEmpty();
    assertThat(ids(d.findings(), RecordKind.FINDINGS)).containsExactlyElementsOf(feverFindings());
    assertThat(d.notices()).isEmpty();
    // by the ID number, only the rows that carry it
    assertThat(ids(cordon.personalData().find(VISITOR_ID).entries(), RecordKind.ENTRIES))
        .containsExactly("E-V2", "E-V2C");
  }

  @Test
  void anEmployeeIsFoundByAnOldPhoneWithTheirEntriesTripsFindingsAndNotices() {
    for (SubjectData d : List.of(cordon.personalData().find(OLD_PHONE), cordon.personalData().find(NEW_PHONE),
        cordon.personalData().find(EMPLOYEE_ID))) {
      assertThat(ids(d.people(), RecordKind.PEOPLE)).containsExactly("P-ZW");
      assertThat(d.people().get(0).phone()).contains(NEW_PHONE);
      assertThat(d.earlierPersonVersions()).extracting(Person::phone).containsExactly(java.util.Optional.of(OLD_PHONE));
      assertThat(ids(d.entries(), RecordKind.ENTRIES)).containsExactly("E-ZW");
      assertThat(ids(d.travelDeclarations(), RecordKind.TRAVEL)).containsExactly("T-ZW");
      assertThat(ids(d.findings(), RecordKind.FINDINGS)).containsExactly("F-TRIP");
      assertThat(ids(d.notices(), RecordKind.NOTICES)).containsExactly("N-1");
    }
    assertThat(cordon.personalData().find(PhoneNumber.parse("13600000000")).isEmpty()).isTrue();
  }

  @Test
  void theExportHoldsEverythingUnmaskedAndTheAccessLogNamesTheRecordsNotTheValues() throws Exception {
    String json = cordon.personalData().export(PersonKey.of(EMPLOYEE_ID), "officer-7", "申请单 2022-031");
    JsonNode n = CordonJson.mapper().readTree(json);
    assertThat(json).contains("\n  \"people\""); // pretty
    assertThat(n.at("/subject/residentId").asText()).isEqualTo(EMPLOYEE_ID.value());
    assertThat(n.at("/people/0/name").asText()).isEqualTo("张伟");
    assertThat(n.at("/people/0/phone").asText()).isEqualTo("13900472222");
    assertThat(n.at("/earlierPersonVersions/0/phone").asText()).isEqualTo("13900471111");
    assertThat(n.at("/travelDeclarations/0/purpose").asText()).isEqualTo("探望住院的母亲");
    assertThat(n.at("/entries/0/id").asText()).isEqualTo("E-ZW");
    assertThat(n.at("/findings/0/id").asText()).isEqualTo("F-TRIP");
    assertThat(n.at("/notices/0/id").asText()).isEqualTo("N-1");
    assertThat(n.at("/by").asText()).isEqualTo("officer-7");

    List<AccessRecord> log = cordon.personalData().accessLog();
    assertThat(log).hasSize(1);
    AccessRecord line = log.get(0);
    assertThat(line.id()).isEqualTo(n.at("/accessLogLine").asText());
    assertThat(line.by()).isEqualTo("officer-7");
    assertThat(line.reason()).isEqualTo("申请单 2022-031");
    assertThat(line.at()).isEqualTo(CLOCK.instant());
    assertThat(line.records()).containsExactly("person:P-ZW", "entry:E-ZW", "travel declaration:T-ZW",
        "finding:F-TRIP", "notice:N-1");
    assertThat(line.count()).isEqualTo(5);
    String logged = CordonJson.write(line);
    assertThat(logged).doesNotContain(EMPLOYEE_ID.value()).doesNotContain("13900472222").doesNotContain("张伟");
  }

  @Test
  void aMalformedReasonIsRefusedBeforeAnythingIsReadOrLogged() {
    assertThatThrownBy(() -> cordon.personalData().export(PersonKey.of(VISITOR_PHONE), "officer-7", ""))
        .isInstanceOf(CordonValidationException.class);
    assertThatThrownBy(() -> cordon.personalData().erase(PersonKey.of(VISITOR_PHONE), "", "ticket 1"))
        .isInstanceOf(CordonValidationException.class);
    assertThat(cordon.personalData().accessLog()).isEmpty();
    assertThat(cordon.personalData().purgeLog()).isEmpty();
    assertThat(cordon.storage().entries().get(EntryId.of("E-V1")).orElseThrow().entrant().phone()).isPresent();
  }

  @Test
  void erasingAVisitorErasesEveryRowButTheHeldOneAndSaysWhichFindingHoldsIt() {
    Entry other = cordon.storage().entries().get(EntryId.of("E-OTHER")).orElseThrow();
    Entry held = cordon.storage().entries().get(EntryId.of("E-V3")).orElseThrow();

    ErasureOutcome out = cordon.personalData().erase(PersonKey.of(VISITOR_PHONE), "officer-7", "ticket 2022-032");

    assertThat(out.records()).as(out.toString()).isEqualTo(Map.of("entry", 3));
    assertThat(out.values()).containsEntry(PersonalField.PHONE, 3).containsEntry(PersonalField.NAME, 3)
        .containsEntry(PersonalField.RESIDENT_ID, 2).containsEntry(PersonalField.PURPOSE, 3)
        .containsEntry(PersonalField.HOST, 3);
    assertThat(out.held()).isEqualTo(Map.of("entry:E-V3", feverFindings().stream().map(FindingId::of).toList()));
    for (String id : List.of("E-V1", "E-V2", "E-V2C")) {
      Entry e = cordon.storage().entries().get(EntryId.of(id)).orElseThrow();
      assertThat(Redaction.present(e)).as(id).isEmpty();
      assertThat(e.entrant().redacted()).contains(PersonalField.PHONE, PersonalField.NAME);
      assertThat(e.temperature()).isPresent(); // the facts stay
    }
    // the superseded row is still superseded, and its correction still corrects it
    assertThat(cordon.storage().entries().get(EntryId.of("E-V2C")).orElseThrow().supersedes())
        .contains(EntryId.of("E-V2"));
    assertThat(cordon.storage().entries().get(EntryId.of("E-V3"))).contains(held);
    assertThat(cordon.storage().entries().get(EntryId.of("E-OTHER"))).contains(other);

    List<PurgeRecord> log = cordon.personalData().purgeLog();
    assertThat(log).hasSize(2).allSatisfy(l -> {
      assertThat(l.cause()).isEqualTo(PurgeRecord.Cause.ERASURE);
      assertThat(l.reason()).contains("ticket 2022-032");
      assertThat(l.by()).isEqualTo("officer-7");
      assertThat(l.run()).isEqualTo(out.run());
    });
    // ordered by time then id: the closing line (batch 0) first at one instant
    assertThat(log).extracting(PurgeRecord::batch).containsExactlyInAnyOrder(0, 1);
    PurgeRecord batch = log.stream().filter(l -> l.batch() == 1).findFirst().orElseThrow();
    PurgeRecord closing = log.stream().filter(l -> l.batch() == 0).findFirst().orElseThrow();
    assertThat(batch.records()).isEqualTo(Map.of("entry", 3));
    assertThat(batch.values()).isEqualTo(out.values());
    assertThat(closing.records()).isEmpty();
    assertThat(closing.held()).isEqualTo(1);
    assertThat(CordonJson.write(log)).doesNotContain("13800471234").doesNotContain("王芳").doesNotContain("E-V");

    // now only the held row carries the number
    assertThat(ids(cordon.personalData().find(VISITOR_PHONE).entries(), RecordKind.ENTRIES)).containsExactly("E-V3");
  }

  @Test
  void erasingAgainErasesNothingAndReportsTheSameHold() {
    ErasureOutcome first = cordon.personalData().erase(PersonKey.of(VISITOR_PHONE), "officer-7", "ticket 1");
    Map<EntryId, Entry> after = new java.util.TreeMap<>();
    try (var s = cordon.storage().entries().all()) {
      s.forEach(e -> after.put(e.id(), e));
    }
    ErasureOutcome again = cordon.personalData().erase(PersonKey.of(VISITOR_PHONE), "officer-7", "ticket 1");
    assertThat(again.recordsErased()).isZero();
    assertThat(again.valuesErased()).isZero();
    assertThat(again.held()).isEqualTo(first.held());
    try (var s = cordon.storage().entries().all()) {
      s.forEach(e -> assertThat(e).isEqualTo(after.get(e.id())));
    }
    // the second request is logged too, as a closing line that erased nothing
    List<PurgeRecord> lines = cordon.personalData().purgeLog().stream().filter(l -> l.run().equals(again.run())).toList();
    assertThat(lines).singleElement().satisfies(l -> {
      assertThat(l.batch()).isZero();
      assertThat(l.records()).isEmpty();
      assertThat(l.held()).isEqualTo(1);
    });
  }

  @Test
  void erasingAnEmployeeErasesEveryVersionOfThePersonAndTheirTripOnceTheHoldHasEnded() {
    ErasureOutcome out = cordon.personalData().erase(PersonKey.of(OLD_PHONE), "officer-7", "ticket 3");
    assertThat(out.records()).isEqualTo(Map.of("person", 1, "travel declaration", 1));
    assertThat(out.held()).isEmpty();
    assertThat(out.found()).isEqualTo(5);
    List<Person> versions = cordon.storage().table(RecordKind.PEOPLE).versions(List.of(EMPLOYEE)).get(EMPLOYEE);
    assertThat(versions).hasSize(2).allSatisfy(p -> {
      assertThat(p.name()).isEqualTo(Redaction.ERASED);
      assertThat(p.phone()).isEmpty();
      assertThat(p.residentId()).isEmpty();
      assertThat(p.unit()).contains(GROUP);
    });
    assertThat(out.values()).containsEntry(PersonalField.PHONE, 2).containsEntry(PersonalField.RESIDENT_ID, 2)
        .containsEntry(PersonalField.NAME, 2).containsEntry(PersonalField.PURPOSE, 1);
    List<TravelDeclaration> trips = cordon.storage().table(RecordKind.TRAVEL)
        .versions(List.of(TravelDeclarationId.of("T-ZW"))).get(TravelDeclarationId.of("T-ZW"));
    assertThat(trips).allSatisfy(t -> assertThat(t.purpose()).isEqualTo(Redaction.ERASED));
    // the finding and the notice hold no personal value and stay
    assertThat(cordon.findings().get(FindingId.of("F-TRIP"))).isPresent();
    assertThat(cordon.personalData().find(EMPLOYEE_ID).isEmpty()).isTrue();
    assertThat(cordon.personalData().find(OLD_PHONE).isEmpty()).isTrue();
  }

  @Test
  void whileItsFindingIsRecentTheEmployeeIsHeldWhole() {
    try (Cordon early = Cordon.builder().storage(cordon.storage())
        .clock(Clock.fixed(Instant.parse("2021-12-01T02:00:00Z"), ZoneOffset.UTC)).build()) {
      ErasureOutcome out = early.personalData().erase(PersonKey.of(EMPLOYEE_ID), "officer-7", "ticket 4");
      assertThat(out.recordsErased()).isZero();
      assertThat(out.held()).isEqualTo(Map.of("person:P-ZW", List.of(FindingId.of("F-TRIP")),
          "travel declaration:T-ZW", List.of(FindingId.of("F-TRIP"))));
      assertThat(early.storage().people().get(EMPLOYEE).orElseThrow().name()).isEqualTo("张伟");
    }
  }
}
