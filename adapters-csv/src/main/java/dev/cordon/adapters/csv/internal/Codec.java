package dev.cordon.adapters.csv.internal;

import dev.cordon.adapters.csv.ImportKind;
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
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.Rank;
import dev.cordon.core.person.ResidentId;
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
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Masking;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mapping between rows of one {@link ImportKind}'s layout and its domain records, both ways.
 *
 * @param <T> the record type
 */
public abstract class Codec<T> {
  /**
   * Context of a read: the zone of local times, the source name, and the clock that says what day
   * it is (a birth date in the future is refused).
   */
  public record ReadContext(ZoneId zone, String sourceName, Clock clock) {}

  private final ImportKind kind;
  private final Class<T> type;

  private Codec(ImportKind kind, Class<T> type) {
    this.kind = kind;
    this.type = type;
  }

  /** The kind. */
  public ImportKind kind() {
    return kind;
  }

  /** The record type. */
  public Class<T> type() {
    return type;
  }

  /**
   * Reads a record from {@code row}.
   *
   * @param row the row
   * @param derivedId the id to use when the row has none
   * @param ctx the zone and source name
   * @throws CordonValidationException with every problem of the row
   */
  public final T read(Row row, String derivedId, ReadContext ctx) {
    String id = row.present("id") ? Values.normalise(row.raw("id")) : derivedId;
    T value = null;
    try {
      value = build(row, id, ctx);
    } catch (CordonValidationException e) {
      row.problems(e);
    }
    row.check();
    return value;
  }

  /**
   * The cells of {@code value} in layout order.
   *
   * @param value the record
   * @param zone the zone instants are written in (ISO-8601 with offset)
   * @param reveal whether personal data is written in full (for re-import) or masked
   */
  public abstract List<String> write(T value, ZoneId zone, boolean reveal);

  /** Builds the record; problems found while parsing cells are added to the row. */
  abstract T build(Row row, String id, ReadContext ctx);

  /** The codec of {@code kind}. */
  @SuppressWarnings("unchecked")
  public static <T> Codec<T> of(ImportKind kind) {
    return (Codec<T>) CODECS.get(kind);
  }

  private static final Map<ImportKind, Codec<?>> CODECS = Map.of(
      ImportKind.UNITS, new Units(), ImportKind.PEOPLE, new People(),
      ImportKind.SITES, new Sites(), ImportKind.SUPPLY_ITEMS, new SupplyItems(),
      ImportKind.ENTRIES, new Entries(),
      ImportKind.TRAVEL_DECLARATIONS, new Travel(), ImportKind.STOCK_MOVEMENTS, new Stock(),
      ImportKind.ASSIGNMENTS, new Assignments(), ImportKind.DISINFECTION_RECORDS, new Disinfection(),
      ImportKind.RISK_AREAS, new RiskAreas());

  // --- cell helpers --------------------------------------------------------------------------

  static String id(String column, String cell) {
    return Values.normalise(cell);
  }

  static String instant(Instant i, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atZone(zone).toOffsetDateTime());
  }

  static String opt(Optional<?> o) {
    return o.map(String::valueOf).orElse("");
  }

  static String optInstant(Optional<Instant> o, ZoneId zone) {
    return o.map(i -> instant(i, zone)).orElse("");
  }

  static String codes(Collection<RegionCode> regions) {
    return regions.stream().map(RegionCode::code).collect(Collectors.joining("|"));
  }

  static String masked(Masking.Kind kind, String value, boolean reveal) {
    return reveal ? value : Masking.mask(kind, value);
  }

  // --- the ten kinds -------------------------------------------------------------------------

  static final class Units extends Codec<Unit> {
    Units() {
      super(ImportKind.UNITS, Unit.class);
    }

    @Override
    Unit build(Row r, String id, ReadContext ctx) {
      Unit.Builder b = Unit.builder().id(UnitId.of(id));
      String name = r.requiredText("name");
      UnitKind kind = r.required("kind", (c, s) -> Labels.parse(UnitKind.class, c, s));
      Integer headcount = r.required("headcount", Values::integer);
      r.optional("parent", Codec::id).map(UnitId::of).ifPresent(b::parent);
      r.check();
      return b.name(name).kind(kind).headcount(headcount).build();
    }

    @Override
    public List<String> write(Unit u, ZoneId zone, boolean reveal) {
      return List.of(u.id().value(), u.name(), u.kind().name(), opt(u.parent()),
          String.valueOf(u.headcount()));
    }
  }

  static final class People extends Codec<Person> {
    People() {
      super(ImportKind.PEOPLE, Person.class);
    }

    @Override
    Person build(Row r, String id, ReadContext ctx) {
      Person.Builder b = Person.builder().id(PersonId.of(id));
      String name = r.requiredText("name");
      Optional<UnitId> unit = r.optional("unit", Codec::id).map(UnitId::of);
      // without a category column, a person with a unit is an employee (the directory's rule)
      PersonCategory category = r.optional("category",
          (c, s) -> Labels.parse(PersonCategory.class, c, s))
          .orElse(unit.isPresent() ? PersonCategory.EMPLOYEE : PersonCategory.VISITOR);
      r.optional("rank", (c, s) -> Labels.parse(Rank.class, c, s)).ifPresent(b::rank);
      r.optional("phone", (c, s) -> PhoneNumber.parse(Values.normalise(s))).ifPresent(b::phone);
      r.optional("resident_id", (c, s) -> ResidentId.parse(Values.normalise(s), ctx.clock()))
          .ifPresent(b::residentId);
      // the day they left (離職日期): their name, phone and ID number are purged after retention
      r.optional("left_on", Values::date).ifPresent(b::leftOn);
      r.check();
      unit.ifPresent(b::unit);
      return b.name(name).category(category).build();
    }

    @Override
    public List<String> write(Person p, ZoneId zone, boolean reveal) {
      return List.of(p.id().value(), masked(Masking.Kind.NAME, p.name(), reveal),
          p.category().name(), opt(p.unit()), p.rank().name(),
          p.phone().map(x -> reveal ? x.value() : x.masked()).orElse(""),
          p.residentId().map(x -> reveal ? x.value() : x.masked()).orElse(""), opt(p.leftOn()));
    }
  }

  static final class Sites extends Codec<Site> {
    Sites() {
      super(ImportKind.SITES, Site.class);
    }

    @Override
    Site build(Row r, String id, ReadContext ctx) {
      Site.Builder b = Site.builder().id(SiteId.of(id));
      String name = r.requiredText("name");
      SiteKind kind = r.required("kind", (c, s) -> Labels.parse(SiteKind.class, c, s));
      String owner = r.required("owner", Codec::id);
      RegionCode region = r.required("region", Values::region);
      r.optional("key_site", Values::bool).ifPresent(b::keySite);
      r.optional("capacity", Values::integer).ifPresent(b::capacity);
      r.optional("required_checks", (c, s) -> {
        Set<EntryCheck> checks = EnumSet.noneOf(EntryCheck.class);
        for (String part : Values.parts(s)) {
          if (!part.equals("-")) {
            checks.add(Labels.parse(EntryCheck.class, c, part));
          }
        }
        return checks;
      }).ifPresent(b::requiredChecks);
      r.optional("opening_hours", (c, s) -> {
        try {
          return dev.cordon.core.site.OpeningHours.parse(Values.normalise(s));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
          throw new CordonValidationException(CsvErrors.notADateTime(c, s));
        }
      }).ifPresent(b::openingHours);
      r.check();
      return b.name(name).kind(kind).owner(UnitId.of(owner)).region(region).build();
    }

    @Override
    public List<String> write(Site s, ZoneId zone, boolean reveal) {
      // "-" stands for "no checks", which an empty cell (= the default) cannot say
      String checks = s.requiredChecks().isEmpty() ? "-"
          : s.requiredChecks().stream().sorted().map(Enum::name).collect(Collectors.joining("|"));
      return List.of(s.id().value(), s.name(), s.kind().name(), s.owner().value(),
          s.region().code(), String.valueOf(s.keySite()), String.valueOf(s.capacity()), checks,
          s.openingHours().map(Object::toString).orElse(""));
    }
  }

  static final class SupplyItems extends Codec<SupplyItem> {
    SupplyItems() {
      super(ImportKind.SUPPLY_ITEMS, SupplyItem.class);
    }

    @Override
    SupplyItem build(Row r, String id, ReadContext ctx) {
      SupplyItem.Builder b = SupplyItem.builder().id(SupplyItemId.of(id));
      String name = r.requiredText("name");
      SupplyKind kind = r.required("kind", (c, s) -> Labels.parse(SupplyKind.class, c, s));
      String unit = r.requiredText("unit_of_measure");
      // empty: counted in the norm's own unit (factor 1)
      r.optional("units_per_norm_unit", Values::decimal).ifPresent(b::unitsPerNormUnit);
      r.check();
      return b.name(name).kind(kind).unitOfMeasure(unit).build();
    }

    @Override
    public List<String> write(SupplyItem i, ZoneId zone, boolean reveal) {
      return List.of(i.id().value(), i.name(), i.kind().name(), i.unitOfMeasure(),
          i.unitsPerNormUnit().toPlainString());
    }
  }

  static final class Entries extends Codec<Entry> {
    Entries() {
      super(ImportKind.ENTRIES, Entry.class);
    }

    @Override
    Entry build(Row r, String id, ReadContext ctx) {
      Entry.Builder b = Entry.builder().id(EntryId.of(id));
      String site = r.required("site", Codec::id);
      Instant at;
      if (r.present("at")) {
        at = r.required("at", (c, s) -> Values.instant(c, s, ctx.zone()));
      } else if (r.present("date") || r.present("time")) {
        at = r.required("time", (c, s) -> Values.instant("date", r.raw("date"), c, s, ctx.zone()));
      } else {
        at = r.required("at", (c, s) -> Values.instant(c, s, ctx.zone()));
      }
      b.entrant(entrant(r, ctx));
      r.optional("temperature", Values::temperature).ifPresent(b::temperature);
      r.optional("health_code", Values::healthCode).ifPresent(b::healthCode);
      List<RegionCode> cities = r.optional("cities_visited", Values::regions).orElse(List.of());
      Optional<ItineraryCode> itinerary = r.optional("itinerary",
          (c, s) -> Values.itinerary(c, s, cities));
      if (itinerary.isEmpty() && !cities.isEmpty()) {
        // cities listed: the code was shown even though its status cell is blank
        itinerary = Optional.of(ItineraryCode.builder().citiesVisited(cities).build());
      }
      itinerary.ifPresent(b::itinerary);
      b.decision(r.optional("decision", (c, s) -> Labels.parse(Decision.class, c, s))
          .orElse(Decision.ADMITTED));
      r.optional("recorded_by", Codec::id).map(PersonId::of).ifPresent(b::recordedBy);
      r.optional("supersedes", Codec::id).map(EntryId::of).ifPresent(b::supersedes);
      b.source(r.text("source").orElse(ctx.sourceName() + ":" + r.line()));
      r.check();
      return b.site(SiteId.of(site)).at(at).build();
    }

    private static Entrant entrant(Row r, ReadContext ctx) {
      Optional<String> personId = r.optional("person_id", Codec::id);
      Optional<PersonCategory> category = r.optional("category",
          (c, s) -> Labels.parse(PersonCategory.class, c, s));
      Entrant.Builder e = Entrant.builder();
      r.text("purpose").ifPresent(e::purpose);
      r.text("host").ifPresent(e::host);
      boolean contractor = category.filter(PersonCategory.CONTRACTOR::equals).isPresent();
      if (personId.isPresent() && !contractor) {
        if (category.isPresent() && category.get() != PersonCategory.EMPLOYEE) {
          r.problem(CsvErrors.categoryContradictsPerson("category",
              Values.normalise(r.raw("category"))));
        }
        // an employee's name, phone and ID number live in the directory, not on the entry
        return e.category(PersonCategory.EMPLOYEE).personId(PersonId.of(personId.get())).build();
      }
      // a contractor's worker (外包/承包商) keeps the staff number and every ledger field
      personId.map(PersonId::of).ifPresent(e::personId);
      e.category(category.orElse(PersonCategory.VISITOR));
      r.text("name").ifPresent(e::name);
      r.optional("phone", (c, s) -> PhoneNumber.parse(Values.normalise(s))).ifPresent(e::phone);
      r.optional("resident_id", (c, s) -> ResidentId.parse(Values.normalise(s), ctx.clock()))
          .ifPresent(e::residentId);
      return e.build();
    }

    @Override
    public List<String> write(Entry x, ZoneId zone, boolean reveal) {
      Entrant e = x.entrant();
      List<String> cells = new ArrayList<>(20);
      cells.add(x.id().value());
      cells.add(x.site().value());
      cells.add(instant(x.at(), zone));
      cells.add("");
      cells.add("");
      cells.add(e.category().name());
      cells.add(opt(e.personId()));
      cells.add(e.name().map(n -> masked(Masking.Kind.NAME, n, reveal)).orElse(""));
      cells.add(e.phone().map(p -> reveal ? p.value() : p.masked()).orElse(""));
      cells.add(e.residentId().map(p -> reveal ? p.value() : p.masked()).orElse(""));
      cells.add(opt(e.purpose()));
      cells.add(e.host().map(n -> masked(Masking.Kind.NAME, n, reveal)).orElse(""));
      cells.add(x.temperature().map(BigDecimal::toPlainString).orElse(""));
      cells.add(x.healthCode().map(Enum::name).orElse(""));
      cells.add(x.itinerary().map(i -> !i.presented() ? "not presented"
          : i.starred() ? "starred" : "not starred").orElse(""));
      cells.add(x.itinerary().map(i -> codes(i.citiesVisited())).orElse(""));
      cells.add(x.decision().name());
      cells.add(opt(x.recordedBy()));
      cells.add(opt(x.source()));
      cells.add(opt(x.supersedes()));
      return cells;
    }
  }

  static final class Travel extends Codec<TravelDeclaration> {
    Travel() {
      super(ImportKind.TRAVEL_DECLARATIONS, TravelDeclaration.class);
    }

    @Override
    TravelDeclaration build(Row r, String id, ReadContext ctx) {
      ZoneId z = ctx.zone();
      TravelDeclaration.Builder b = TravelDeclaration.builder().id(TravelDeclarationId.of(id));
      String employee = r.required("employee", Codec::id);
      List<RegionCode> destinations = r.required("destinations", Values::regions);
      String purpose = r.requiredText("purpose");
      PurposeKind kind = r.required("purpose_kind", (c, s) -> Labels.parse(PurposeKind.class, c, s));
      LocalDate plannedDeparture = r.required("planned_departure", Values::date);
      LocalDate plannedReturn = r.required("planned_return", Values::date);
      Instant declaredAt = r.required("declared_at", (c, s) -> Values.instant(c, s, z));
      Optional<ApprovalStatus> status = r.optional("approval_status",
          (c, s) -> Labels.parse(ApprovalStatus.class, c, s));
      Optional<PersonId> approver = r.optional("approver", Codec::id).map(PersonId::of);
      Optional<Instant> decidedAt = r.optional("decided_at", (c, s) -> Values.instant(c, s, z));
      Optional<String> note = r.text("approval_note");
      if (status.isPresent() || approver.isPresent() || decidedAt.isPresent() || note.isPresent()) {
        Approval.Builder a = Approval.builder().status(status.orElse(ApprovalStatus.PENDING));
        approver.ifPresent(a::approver);
        decidedAt.ifPresent(a::decidedAt);
        note.ifPresent(a::note);
        try {
          b.approval(a.build());
        } catch (CordonValidationException e) {
          r.problems(e);
        }
      }
      r.optional("state", (c, s) -> Labels.parse(TravelState.class, c, s)).ifPresent(b::state);
      r.optional("actual_departure", Values::date).ifPresent(b::actualDeparture);
      r.optional("actual_return", Values::date).ifPresent(b::actualReturn);
      Optional<Instant> reported = r.optional("return_reported_at", (c, s) -> Values.instant(c, s, z));
      Optional<dev.cordon.core.entry.HealthCodeColour> returnCode =
          r.optional("return_health_code", Values::healthCode);
      if (reported.isPresent() && returnCode.isPresent()) {
        b.returnReport(ReturnReport.of(reported.get(), returnCode.get()));
      } else if (reported.isPresent()) {
        r.problem(CsvErrors.requiredEmpty("return_health_code"));
      } else if (returnCode.isPresent()) {
        r.problem(CsvErrors.requiredEmpty("return_reported_at"));
      }
      r.optional("follow_up_until", Values::date).ifPresent(b::followUpUntil);
      r.optional("follow_up_closed_at", (c, s) -> Values.instant(c, s, z))
          .ifPresent(b::followUpClosedAt);
      r.check();
      return b.employee(PersonId.of(employee)).destinations(destinations).purpose(purpose)
          .purposeKind(kind).plannedDeparture(plannedDeparture).plannedReturn(plannedReturn)
          .declaredAt(declaredAt).build();
    }

    @Override
    public List<String> write(TravelDeclaration t, ZoneId zone, boolean reveal) {
      Approval a = t.approval();
      return List.of(t.id().value(), t.employee().value(), codes(t.destinations()), t.purpose(),
          t.purposeKind().name(), t.plannedDeparture().toString(), t.plannedReturn().toString(),
          instant(t.declaredAt(), zone), a.status().name(), opt(a.approver()),
          optInstant(a.decidedAt(), zone), opt(a.note()), t.state().name(),
          opt(t.actualDeparture()), opt(t.actualReturn()),
          t.returnReport().map(x -> instant(x.reportedAt(), zone)).orElse(""),
          t.returnReport().map(x -> x.healthCode().name()).orElse(""), opt(t.followUpUntil()),
          optInstant(t.followUpClosedAt(), zone));
    }
  }

  static final class Stock extends Codec<StockMovement> {
    Stock() {
      super(ImportKind.STOCK_MOVEMENTS, StockMovement.class);
    }

    @Override
    StockMovement build(Row r, String id, ReadContext ctx) {
      StockMovement.Builder b = StockMovement.builder().id(StockMovementId.of(id));
      String item = r.required("item", Codec::id);
      MovementKind kind = r.required("kind", (c, s) -> Labels.parse(MovementKind.class, c, s));
      Instant at = r.required("at", (c, s) -> Values.instant(c, s, ctx.zone()));
      String holder = r.required("holder", Codec::id);
      BigDecimal quantity = r.required("quantity", Values::decimal);
      r.optional("destination", Codec::id).map(UnitId::of).ifPresent(b::destination);
      r.text("lot").ifPresent(b::lot);
      r.optional("expiry", Values::date).ifPresent(b::expiry);
      r.optional("recorded_by", Codec::id).map(PersonId::of).ifPresent(b::recordedBy);
      r.text("note").ifPresent(b::note);
      r.optional("supersedes", Codec::id).map(StockMovementId::of).ifPresent(b::supersedes);
      r.check();
      return b.item(SupplyItemId.of(item)).kind(kind).at(at).holder(UnitId.of(holder))
          .quantity(quantity).build();
    }

    @Override
    public List<String> write(StockMovement m, ZoneId zone, boolean reveal) {
      return List.of(m.id().value(), m.item().value(), m.kind().name(), instant(m.at(), zone),
          m.holder().value(), opt(m.destination()), m.quantity().toPlainString(), opt(m.lot()),
          opt(m.expiry()), opt(m.recordedBy()), opt(m.note()), opt(m.supersedes()));
    }
  }

  static final class Assignments extends Codec<Assignment> {
    Assignments() {
      super(ImportKind.ASSIGNMENTS, Assignment.class);
    }

    @Override
    Assignment build(Row r, String id, ReadContext ctx) {
      Assignment.Builder b = Assignment.builder().id(AssignmentId.of(id));
      String person = r.required("person", Codec::id);
      Role role = r.required("role", (c, s) -> Labels.parse(Role.class, c, s));
      Optional<String> unit = r.optional("unit", Codec::id);
      Optional<String> site = r.optional("site", Codec::id);
      LocalDate from = r.required("valid_from", Values::date);
      r.optional("valid_to", Values::date).ifPresent(b::validTo);
      r.check();
      // neither a unit nor a site, or both: Scope refuses it (CORDON-DUTY-002)
      Scope scope = Scope.of(unit.map(UnitId::of), site.map(SiteId::of));
      return b.person(PersonId.of(person)).role(role).scope(scope).validFrom(from).build();
    }

    @Override
    public List<String> write(Assignment a, ZoneId zone, boolean reveal) {
      return List.of(a.id().value(), a.person().value(), a.role().name(), opt(a.scope().unit()),
          opt(a.scope().site()), a.validFrom().toString(), opt(a.validTo()));
    }
  }

  static final class Disinfection extends Codec<DisinfectionRecord> {
    Disinfection() {
      super(ImportKind.DISINFECTION_RECORDS, DisinfectionRecord.class);
    }

    @Override
    DisinfectionRecord build(Row r, String id, ReadContext ctx) {
      DisinfectionRecord.Builder b = DisinfectionRecord.builder().id(DisinfectionRecordId.of(id));
      String site = r.required("site", Codec::id);
      Instant at = r.required("at", (c, s) -> Values.instant(c, s, ctx.zone()));
      r.optional("performed_by_unit", Codec::id).map(UnitId::of).ifPresent(b::performedByUnit);
      r.optional("performed_by", Codec::id).map(PersonId::of).ifPresent(b::performedBy);
      r.text("areas").ifPresent(b::areas);
      r.text("agent").ifPresent(b::agent);
      r.check();
      return b.site(SiteId.of(site)).at(at).build();
    }

    @Override
    public List<String> write(DisinfectionRecord d, ZoneId zone, boolean reveal) {
      return List.of(d.id().value(), d.site().value(), instant(d.at(), zone),
          opt(d.performedByUnit()), opt(d.performedBy()), opt(d.areas()), opt(d.agent()));
    }
  }

  static final class RiskAreas extends Codec<RiskArea> {
    RiskAreas() {
      super(ImportKind.RISK_AREAS, RiskArea.class);
    }

    @Override
    RiskArea build(Row r, String id, ReadContext ctx) {
      RiskArea.Builder b = RiskArea.builder().id(RiskAreaId.of(id));
      RegionCode region = r.required("region", Values::region);
      String place = r.requiredText("place");
      RiskLevel level = r.required("level", (c, s) -> Labels.parse(RiskLevel.class, c, s));
      LocalDate from = r.required("in_force_from", Values::date);
      r.optional("in_force_to", Values::date).ifPresent(b::inForceTo);
      r.check();
      return b.region(region).place(place).level(level).inForceFrom(from).build();
    }

    @Override
    public List<String> write(RiskArea a, ZoneId zone, boolean reveal) {
      return List.of(a.id().value(), a.region().code(), a.place(), a.level().name(),
          a.inForceFrom().toString(), opt(a.inForceTo()));
    }
  }
}
