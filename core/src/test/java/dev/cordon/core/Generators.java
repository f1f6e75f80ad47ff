package dev.cordon.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.disinfection.DisinfectionRecordId;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.Rank;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.RuleSetting;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskAreaId;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.site.EntryCheck;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.ApprovalStatus;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.travel.TravelState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid values of every core domain type, for the property tests of
 * every Cordon module (shipped in the core test-jar).
 *
 * <p>Every generated value is structurally valid: ids vary (ASCII and Chinese), names are Chinese,
 * Mongolian (with {@code ·}) or Latin, optional attributes are present or absent, dates fall in
 * 2020–2022, instants carry nanoseconds (the types keep microseconds), temperatures and norms have
 * one decimal place, enums take every value. Use them as
 * {@code qt().forAll(Generators.entries()).checkAssert(e -> ...)}.
 */
public final class Generators {
  /** Region codes known to Cordon's table: provinces, cities, counties, municipalities. */
  public static final List<String> REGION_CODES = List.of("150000", "150100", "150102", "150200",
      "150202", "150203", "150204", "150207", "152900", "152921", "152923", "110000", "110105",
      "120101", "310000", "310115", "420100", "429004", "440300", "620200", "650100");

  private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵",
      "黄", "周", "吴", "欧阳", "司马", "诸葛");
  private static final List<String> GIVEN = List.of("伟", "芳", "娜", "秀英", "敏", "静", "强",
      "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "桂英");
  private static final List<String> MONGOLIAN = List.of("阿拉坦", "巴特尔", "其其格", "乌云",
      "斯琴", "额尔敦", "苏日娜", "宝音", "图雅", "朝鲁", "那仁", "孟和", "乌兰", "巴雅尔");
  private static final List<String> LATIN_FIRST = List.of("Anna", "Lena", "Sean", "Zoë", "Érica",
      "Jürgen", "Marie", "Oleksandr", "Aigerim");
  private static final List<String> LATIN_LAST = List.of("O'Neill", "Smith", "Müller",
      "García-Lorca", "Nguyen", "Dubois", "Kowalska");
  private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135",
      "136", "137", "138", "139", "150", "151", "152", "155", "156", "158", "159", "186", "187",
      "188", "189");
  private static final List<String> PROVINCE_PREFIXES = List.of("11", "12", "13", "14", "15", "21",
      "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50",
      "51", "52", "53", "54", "61", "62", "63", "64", "65");
  private static final List<String> TEXTS = List.of("办理供热缴费", "检修", "送货", "参加会议",
      "Inspection of the boiler", "大厅、电梯、卫生间", "84消毒液 1:100", "x");

  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2022, 12, 31);

  private Generators() {}

  // --- building blocks --------------------------------------------------------------------------

  /** Id text: ASCII ({@code P-123}) or Chinese ({@code 东河-7}), 1 to 100 characters, no outer spaces. */
  public static Gen<String> idTexts() {
    Gen<String> ascii = Generate.pick(List.of("P", "U", "S", "E", "T", "M", "A", "D", "R", "I"))
        .zip(integers().between(0, 999_999), (p, n) -> p + "-" + n);
    Gen<String> chinese = Generate.pick(List.of("东河", "昆区", "青山", "九原", "额济纳"))
        .zip(integers().between(0, 99), (p, n) -> p + "-" + n);
    Gen<String> longest = integers().between(0, 9).map(n -> n + "x".repeat(99));
    return Generate.frequency(List.of(
        org.quicktheories.api.Pair.of(6, ascii),
        org.quicktheories.api.Pair.of(3, chinese),
        org.quicktheories.api.Pair.of(1, longest)));
  }

  /** A Chinese name: surname and one or two given characters (王芳, 欧阳秀英). */
  public static Gen<String> chineseNames() {
    return Generate.pick(SURNAMES).zip(Generate.pick(GIVEN), (s, g) -> s + g);
  }

  /** A Mongolian name transcribed in Chinese characters, parts joined by {@code ·} (阿拉坦·巴特尔). */
  public static Gen<String> mongolianNames() {
    return Generate.oneOf(Generate.pick(MONGOLIAN),
        Generate.pick(MONGOLIAN).zip(Generate.pick(MONGOLIAN), (a, b) -> a + "·" + b));
  }

  /** A Latin-script name with spaces, hyphens, apostrophes and diacritics (Anna-Lena O'Neill). */
  public static Gen<String> latinNames() {
    return Generate.pick(LATIN_FIRST).zip(Generate.pick(LATIN_LAST), Generate.booleans(),
        (f, l, hyphen) -> hyphen ? f + "-Lena " + l : f + " " + l);
  }

  /** Any valid person name (姓名). */
  public static Gen<String> personNames() {
    return Generate.oneOf(chineseNames(), mongolianNames(), latinNames());
  }

  /** Resident ID numbers with a correct check character, born 1900-01-01 to 2020-12-31. */
  public static Gen<String> residentIdTexts() {
    Gen<LocalDate> births = longs().between(LocalDate.of(1900, 1, 1).toEpochDay(),
        LocalDate.of(2020, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    return Generate.pick(PROVINCE_PREFIXES).zip(integers().between(0, 9999), births,
        integers().between(0, 999), (p, area, birth, seq) -> Samples.withCheckCharacter(
            p + String.format("%04d%04d%02d%02d%03d", area, birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq)));
  }

  /** Parsed resident ID numbers. */
  public static Gen<ResidentId> residentIds() {
    return residentIdTexts().map(text -> ResidentId.parse(text));
  }

  /** Mainland mobile numbers ({@code 13812341234}), 11 digits. */
  public static Gen<String> mobileTexts() {
    return Generate.pick(MOBILE_PREFIXES).zip(integers().between(0, 99_999_999),
        (p, n) -> p + String.format("%08d", n)).assuming(PhoneNumber::isValid);
  }

  /** Baotou landlines with area code ({@code 0472-5123456}). */
  public static Gen<String> landlineTexts() {
    return integers().between(2_000_000, 8_999_999).map(n -> "0472-" + n)
        .assuming(PhoneNumber::isValid);
  }

  /** Parsed phone numbers, mobiles and landlines. */
  public static Gen<PhoneNumber> phoneNumbers() {
    return Generate.frequency(List.of(org.quicktheories.api.Pair.of(4, mobileTexts()),
        org.quicktheories.api.Pair.of(1, landlineTexts()))).map(PhoneNumber::parse);
  }

  /** Region codes from {@link #REGION_CODES}. */
  public static Gen<RegionCode> regionCodes() {
    return Generate.pick(REGION_CODES).map(RegionCode::of);
  }

  /** Days from 2020-01-01 to 2022-12-31. */
  public static Gen<LocalDate> dates() {
    return longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Instants in 2020–2022, with nanoseconds (domain types keep microseconds). */
  public static Gen<Instant> instants() {
    long from = FIRST_DAY.atStartOfDay(ZoneId.of("UTC")).toEpochSecond();
    long to = LAST_DAY.atStartOfDay(ZoneId.of("UTC")).toEpochSecond();
    return longs().between(from, to).zip(integers().between(0, 999_999_999),
        (s, n) -> Instant.ofEpochSecond(s, n));
  }

  /** Temperatures in °C with one decimal place, 30.0 to 45.0. */
  public static Gen<BigDecimal> temperatures() {
    return integers().between(300, 450).map(t -> BigDecimal.valueOf(t, 1));
  }

  /** Short free text (purposes, notes, areas), Chinese or Latin. */
  public static Gen<String> texts() {
    return Generate.pick(TEXTS);
  }

  /** Present ({@code percentEmpty}% of the time empty) values of {@code gen}. */
  private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return gen.toOptionals(40);
  }

  private static <T> Gen<T> gen(Function<org.quicktheories.core.RandomnessSource, T> f) {
    return f::apply;
  }

  // --- domain types -----------------------------------------------------------------------------

  /** Units of every kind, with or without a parent. */
  public static Gen<Unit> units() {
    return gen(in -> {
      UnitId id = UnitId.of(idTexts().generate(in));
      Unit.Builder b = Unit.builder().id(id)
          .name(Generate.pick(List.of("包头热力集团", "东河供热分公司", "物业公司", "Head office"))
              .generate(in))
          .kind(Generate.enumValues(UnitKind.class).generate(in))
          .headcount(integers().between(0, 5000).generate(in));
      optional(idTexts()).generate(in).map(UnitId::of).filter(p -> !p.equals(id)).ifPresent(b::parent);
      return b.build();
    });
  }

  /** People of every category; employees always have a unit; phone and ID number optional. */
  public static Gen<Person> persons() {
    return gen(in -> {
      PersonCategory category = Generate.enumValues(PersonCategory.class).generate(in);
      Person.Builder b = Person.builder().id(PersonId.of(idTexts().generate(in)))
          .name(personNames().generate(in)).category(category)
          .rank(Generate.enumValues(Rank.class).generate(in));
      Optional<String> unit = optional(idTexts()).generate(in);
      if (category == PersonCategory.EMPLOYEE || unit.isPresent()) {
        b.unit(UnitId.of(unit.orElse("U-1")));
      }
      optional(phoneNumbers()).generate(in).ifPresent(b::phone);
      optional(residentIds()).generate(in).ifPresent(b::residentId);
      return b.build();
    });
  }

  /** Sites of every kind, key-site flag and checks defaulted or given. */
  public static Gen<Site> sites() {
    return gen(in -> {
      Site.Builder b = Site.builder().id(SiteId.of(idTexts().generate(in)))
          .name(Generate.pick(List.of("东河区营业厅", "职工食堂", "办公楼", "换热站")).generate(in))
          .kind(Generate.enumValues(SiteKind.class).generate(in))
          .owner(UnitId.of(idTexts().generate(in))).region(regionCodes().generate(in))
          .capacity(integers().between(0, 2000).generate(in));
      optional(Generate.booleans()).generate(in).ifPresent(b::keySite);
      if (Generate.booleans().generate(in)) {
        Set<EntryCheck> checks = EnumSet.noneOf(EntryCheck.class);
        for (EntryCheck c : EntryCheck.values()) {
          if (Generate.booleans().generate(in)) {
            checks.add(c);
          }
        }
        b.requiredChecks(checks);
      }
      return b.build();
    });
  }

  /**
   * Employee entrants (by id) and visitors or contractors with any of their details (a contractor
   * sometimes with a staff number).
   */
  public static Gen<Entrant> entrants() {
    return gen(in -> {
      PersonCategory category = Generate.enumValues(PersonCategory.class).generate(in);
      if (category == PersonCategory.EMPLOYEE) {
        Entrant.Builder b = Entrant.builder().category(category)
            .personId(PersonId.of(idTexts().generate(in)));
        optional(texts()).generate(in).ifPresent(b::purpose);
        return b.build();
      }
      Entrant.Builder b = Entrant.builder().category(category);
      if (category == PersonCategory.CONTRACTOR) {
        // a contractor's worker may carry the staff number the directory knows them by
        optional(idTexts()).generate(in).map(PersonId::of).ifPresent(b::personId);
      }
      optional(personNames()).generate(in).ifPresent(b::name);
      optional(phoneNumbers()).generate(in).ifPresent(b::phone);
      optional(residentIds()).generate(in).ifPresent(b::residentId);
      optional(texts()).generate(in).ifPresent(b::purpose);
      optional(chineseNames()).generate(in).ifPresent(b::host);
      return b.build();
    });
  }

  /** Itinerary codes: not presented, or presented with or without star and cities. */
  public static Gen<ItineraryCode> itineraryCodes() {
    return gen(in -> {
      if (Generate.booleans().generate(in) && Generate.booleans().generate(in)) {
        return ItineraryCode.notPresented();
      }
      return ItineraryCode.builder().starred(Generate.booleans().generate(in))
          .citiesVisited(lists().of(regionCodes()).ofSizeBetween(0, 4).generate(in)).build();
    });
  }

  /** Ledger rows with every check present or absent. */
  public static Gen<Entry> entries() {
    return gen(in -> {
      EntryId id = EntryId.of(idTexts().generate(in));
      Entry.Builder b = Entry.builder().id(id).site(SiteId.of(idTexts().generate(in)))
          .at(instants().generate(in)).entrant(entrants().generate(in))
          .decision(Generate.enumValues(Decision.class).generate(in));
      optional(temperatures()).generate(in).ifPresent(b::temperature);
      optional(Generate.enumValues(HealthCodeColour.class)).generate(in).ifPresent(b::healthCode);
      optional(itineraryCodes()).generate(in).ifPresent(b::itinerary);
      optional(idTexts()).generate(in).map(PersonId::of).ifPresent(b::recordedBy);
      optional(integers().between(1, 9999)).generate(in)
          .ifPresent(n -> b.source("entries-2021-10-25.csv:" + n));
      optional(idTexts()).generate(in).map(EntryId::of).filter(s -> !s.equals(id)).ifPresent(b::supersedes);
      return b.build();
    });
  }

  /** Approvals: pending, or approved/rejected with approver and time, with or without a note. */
  public static Gen<Approval> approvals() {
    return gen(in -> approval(Generate.enumValues(ApprovalStatus.class).generate(in), in));
  }

  private static Approval approval(ApprovalStatus status, org.quicktheories.core.RandomnessSource in) {
    Approval.Builder b = Approval.builder().status(status);
    if (status != ApprovalStatus.PENDING) {
      b.approver(PersonId.of(idTexts().generate(in))).decidedAt(instants().generate(in));
    }
    optional(texts()).generate(in).ifPresent(b::note);
    return b.build();
  }

  /** Return reports with any health code. */
  public static Gen<ReturnReport> returnReports() {
    return instants().zip(Generate.enumValues(HealthCodeColour.class), ReturnReport::of);
  }

  /** Travel declarations in every state, with the dates and approval that state implies. */
  public static Gen<TravelDeclaration> travelDeclarations() {
    return gen(in -> {
      TravelState state = Generate.enumValues(TravelState.class).generate(in);
      LocalDate departure = dates().generate(in);
      TravelDeclaration.Builder b = TravelDeclaration.builder()
          .id(TravelDeclarationId.of(idTexts().generate(in)))
          .employee(PersonId.of(idTexts().generate(in)))
          .destinations(lists().of(regionCodes()).ofSizeBetween(1, 3).generate(in))
          .purpose(texts().generate(in))
          .purposeKind(Generate.enumValues(PurposeKind.class).generate(in))
          .plannedDeparture(departure)
          .plannedReturn(departure.plusDays(integers().between(0, 30).generate(in)))
          .declaredAt(instants().generate(in))
          .state(state);
      ApprovalStatus status = switch (state) {
        case APPROVED -> ApprovalStatus.APPROVED;
        case REJECTED -> ApprovalStatus.REJECTED;
        default -> Generate.enumValues(ApprovalStatus.class).generate(in);
      };
      if (state != TravelState.DECLARED || Generate.booleans().generate(in)) {
        b.approval(approval(status, in));
      }
      if (state.hasDeparted()) {
        LocalDate left = departure.plusDays(integers().between(-3, 3).generate(in));
        b.actualDeparture(left);
        if (state.hasReturned()) {
          LocalDate back = left.plusDays(integers().between(0, 30).generate(in));
          b.actualReturn(back);
          optional(returnReports()).generate(in).ifPresent(b::returnReport);
          Optional<Integer> followUp = optional(integers().between(0, 21)).generate(in);
          followUp.ifPresent(d -> b.followUpUntil(back.plusDays(d)));
          if (followUp.isPresent() && state == TravelState.CLOSED && Generate.booleans().generate(in)) {
            b.followUpClosedAt(instants().generate(in));
          }
        }
      }
      return b.build();
    });
  }

  /** Risk areas of every level, open-ended or ending after they start. */
  public static Gen<RiskArea> riskAreas() {
    return gen(in -> {
      LocalDate from = dates().generate(in);
      RiskArea.Builder b = RiskArea.builder().id(RiskAreaId.of(idTexts().generate(in)))
          .region(regionCodes().generate(in))
          .place(Generate.pick(List.of("额济纳旗达来呼布镇", "东河区某小区", "Block 7")).generate(in))
          .level(Generate.enumValues(RiskLevel.class).generate(in)).inForceFrom(from);
      optional(integers().between(1, 60)).generate(in).ifPresent(d -> b.inForceTo(from.plusDays(d)));
      return b.build();
    });
  }

  /** Supply items of every kind. */
  public static Gen<SupplyItem> supplyItems() {
    return gen(in -> SupplyItem.builder().id(SupplyItemId.of(idTexts().generate(in)))
        .name(Generate.pick(List.of("医用外科口罩", "84消毒液", "额温枪", "Nitrile gloves")).generate(in))
        .kind(Generate.enumValues(SupplyKind.class).generate(in))
        .unitOfMeasure(Generate.pick(List.of("个", "瓶", "L", "piece", "双")).generate(in))
        .unitsPerNormUnit(unitsPerNormUnit().generate(in)).build());
  }

  /** Factors from an item's unit of measure to its norm's: 1 often, else 0.000001 to 1,000,000. */
  public static Gen<BigDecimal> unitsPerNormUnit() {
    return gen(in -> switch (integers().between(0, 3).generate(in)) {
      case 0 -> BigDecimal.ONE;
      case 1 -> Generate.pick(List.of(new BigDecimal("2"), new BigDecimal("0.02"), new BigDecimal("0.5"),
          new BigDecimal("20"), new BigDecimal("3"), new BigDecimal("1000"))).generate(in);
      default -> BigDecimal.valueOf(longs().between(1, 1_000_000_000_000L).generate(in),
          integers().between(0, 6).generate(in)).min(new BigDecimal("1000000"));
    });
  }

  /** Quantities with 0 to 3 decimal places, positive. */
  public static Gen<BigDecimal> quantities() {
    return longs().between(1, 9_999_999).zip(integers().between(0, 3), BigDecimal::valueOf);
  }

  /** Stock movements of every kind; transfers go to another holder; stocktakes may count 0. */
  public static Gen<StockMovement> stockMovements() {
    return gen(in -> {
      MovementKind kind = Generate.enumValues(MovementKind.class).generate(in);
      UnitId holder = UnitId.of(idTexts().generate(in));
      BigDecimal quantity = kind == MovementKind.STOCKTAKE && Generate.booleans().generate(in)
          ? BigDecimal.ZERO : quantities().generate(in);
      StockMovementId id = StockMovementId.of(idTexts().generate(in));
      StockMovement.Builder b = StockMovement.builder().id(id)
          .item(SupplyItemId.of(idTexts().generate(in))).kind(kind).at(instants().generate(in))
          .holder(holder).quantity(quantity);
      if (kind == MovementKind.TRANSFER) {
        UnitId to = UnitId.of(idTexts().generate(in));
        b.destination(to.equals(holder) ? UnitId.of("U-RESERVE") : to);
      }
      optional(integers().between(1, 999_999)).generate(in).ifPresent(n -> b.lot("L" + n));
      optional(dates()).generate(in).ifPresent(b::expiry);
      optional(idTexts()).generate(in).map(PersonId::of).ifPresent(b::recordedBy);
      optional(texts()).generate(in).ifPresent(b::note);
      optional(idTexts()).generate(in).map(StockMovementId::of).ifPresent(b::supersedes);
      return b.build();
    });
  }

  /** Scopes: a unit or a site. */
  public static Gen<Scope> scopes() {
    return Generate.booleans().zip(idTexts(),
        (unit, id) -> unit ? Scope.of(UnitId.of(id)) : Scope.of(SiteId.of(id)));
  }

  /** Assignments of every role and scope, open-ended or ending after they start. */
  public static Gen<Assignment> assignments() {
    return gen(in -> {
      LocalDate from = dates().generate(in);
      Assignment.Builder b = Assignment.builder().id(AssignmentId.of(idTexts().generate(in)))
          .person(PersonId.of(idTexts().generate(in))).role(Generate.enumValues(Role.class).generate(in))
          .scope(scopes().generate(in)).validFrom(from);
      optional(integers().between(1, 400)).generate(in).ifPresent(d -> b.validTo(from.plusDays(d)));
      return b.build();
    });
  }

  /** Disinfection records with or without who, where and with what. */
  public static Gen<DisinfectionRecord> disinfectionRecords() {
    return gen(in -> {
      DisinfectionRecord.Builder b = DisinfectionRecord.builder()
          .id(DisinfectionRecordId.of(idTexts().generate(in)))
          .site(SiteId.of(idTexts().generate(in))).at(instants().generate(in));
      optional(idTexts()).generate(in).map(UnitId::of).ifPresent(b::performedByUnit);
      optional(idTexts()).generate(in).map(PersonId::of).ifPresent(b::performedBy);
      optional(texts()).generate(in).ifPresent(b::areas);
      optional(texts()).generate(in).ifPresent(b::agent);
      return b.build();
    });
  }

  /** Rule settings: on or off, with or without a severity override. */
  public static Gen<RuleSetting> ruleSettings() {
    return gen(in -> {
      Optional<Severity> severity = optional(Generate.enumValues(Severity.class)).generate(in);
      if (Generate.booleans().generate(in)) {
        return RuleSetting.off();
      }
      return severity.map(RuleSetting::severity).orElseGet(() -> RuleSetting.severity(Severity.LOW));
    });
  }

  /** Policies varying every threshold within its plausible range, from the defaults. */
  public static Gen<PreventionPolicy> policies() {
    return gen(in -> {
      int min = integers().between(300, 360).generate(in);
      int max = integers().between(400, 440).generate(in);
      int fever = integers().between(Math.max(min, 350), Math.min(max, 420)).generate(in);
      Map<RiskLevel, Integer> followUp = new EnumMap<>(RiskLevel.class);
      Map<SupplyKind, BigDecimal> norms = new EnumMap<>(SupplyKind.class);
      Map<SiteKind, Set<SupplyKind>> kits = new EnumMap<>(SiteKind.class);
      Map<SiteKind, Integer> disinfections = new EnumMap<>(SiteKind.class);
      for (RiskLevel l : RiskLevel.values()) {
        optional(integers().between(0, 60)).generate(in).ifPresent(d -> followUp.put(l, d));
      }
      for (SupplyKind k : SupplyKind.values()) {
        optional(integers().between(0, 100)).generate(in).ifPresent(n -> norms.put(k, BigDecimal.valueOf(n, 1)));
      }
      for (SiteKind k : SiteKind.values()) {
        if (Generate.booleans().generate(in)) {
          Set<SupplyKind> kit = EnumSet.noneOf(SupplyKind.class);
          lists().of(Generate.enumValues(SupplyKind.class)).ofSizeBetween(0, 4).generate(in).forEach(kit::add);
          kits.put(k, kit);
        }
        optional(integers().between(0, 48)).generate(in).ifPresent(n -> disinfections.put(k, n));
      }
      Set<PurposeKind> essential = EnumSet.noneOf(PurposeKind.class);
      lists().of(Generate.enumValues(PurposeKind.class)).ofSizeBetween(0, 5).generate(in).forEach(essential::add);
      Map<String, RuleSetting> rules = new LinkedHashMap<>();
      for (String rule : List.of("ENTRY-FEVER", "TRAVEL-UNAPPROVED", "TRAVEL-LATE", "SUPPLY-LOW")) {
        optional(ruleSettings()).generate(in).ifPresent(s -> rules.put(rule, s));
      }
      return PreventionPolicy.defaults()
          .effectiveFrom(dates().generate(in))
          .zone(ZoneId.of(Generate.pick(List.of("Asia/Shanghai", "Asia/Urumqi", "UTC")).generate(in)))
          .homeCity(regionCodes().generate(in))
          .feverThreshold(BigDecimal.valueOf(fever, 1))
          .plausibleTemperatureMin(BigDecimal.valueOf(min, 1))
          .plausibleTemperatureMax(BigDecimal.valueOf(max, 1))
          .itineraryLookBackDays(integers().between(1, 60).generate(in))
          .essentialPurposes(essential)
          .returnReportDeadlineDays(integers().between(0, 30).generate(in))
          .followUpDays(followUp)
          .supplyReserveDays(integers().between(0, 365).generate(in))
          .consumptionNorms(norms)
          .requiredKit(kits)
          .disinfectionsPerDay(disinfections)
          .canteenDensity(BigDecimal.valueOf(integers().between(5, 100).generate(in), 2))
          .rules(rules)
          .build();
    });
  }

  /** Histories of one to four policies with distinct effective dates. */
  public static Gen<PolicyHistory> policyHistories() {
    return lists().of(policies()).ofSizeBetween(1, 4).map(ps -> {
      List<PreventionPolicy> distinct = new ArrayList<>();
      Set<LocalDate> seen = new java.util.HashSet<>();
      for (PreventionPolicy p : ps) {
        if (seen.add(p.effectiveFrom())) {
          distinct.add(p);
        }
      }
      return PolicyHistory.of(distinct);
    });
  }
}
