package dev.cordon.core.service;

import dev.cordon.core.dining.DiningParty;
import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningPlanCheck;
import dev.cordon.core.dining.DiningPlanId;
import dev.cordon.core.dining.DiningPlanner;
import dev.cordon.core.dining.DiningProblem;
import dev.cordon.core.dining.DiningRequest;
import dev.cordon.core.dining.Seating;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Staggered canteen sittings (錯峰就餐): plans a canteen's day with {@link DiningPlanner} from the
 * canteen's seats (its {@link Site#capacity()}) and the policy's density (就餐密度) in force that
 * day, and checks a plan, and what actually happened at the canteen, for CANTEEN-OVER-CAPACITY.
 * Plans are values; a plan the canteen adopts is stored with {@link #adopt}, and the stored plans
 * are what the CANTEEN-OVER-CAPACITY rule checks in every check run.
 */
public final class DiningService {
  private final Storage storage;
  private final PolicyHistory policies;
  private final PlausibleDates dates;

  /** Canteen planning over {@code storage}, under {@code policies}, with the system clock. */
  DiningService(Storage storage, PolicyHistory policies) {
    this(storage, policies, Clock.systemUTC());
  }

  /**
   * Canteen planning over {@code storage}, under {@code policies}; a plan adopted for a day outside
   * their plausible window is refused ({@code CORDON-DATE-002}), today being the date of
   * {@code clock}.
   */
  DiningService(Storage storage, PolicyHistory policies, Clock clock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.dates = new PlausibleDates(policies, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The parties for {@code units}: each unit with its own headcount (人數), no preferred time.
   *
   * @throws CordonValidationException if a unit is not registered
   */
  public List<DiningParty> parties(Collection<UnitId> units) {
    List<Violation> v = new ArrayList<>();
    List<DiningParty> out = new ArrayList<>();
    int i = 0;
    for (UnitId id : units) {
      References.require(v, storage.units(), id, "units[" + i++ + "]", "unit");
      storage.units().get(id).map(Unit::headcount).ifPresent(n -> out.add(DiningParty.of(id, n)));
    }
    References.throwIfAny(v);
    return out;
  }

  /**
   * The request for {@code canteen} on {@code date}: its seats, the density in force that day, the
   * serving window {@code [from, to)}, the sitting length, the cleaning gap and the parties. The
   * plan's id is {@code dining/<canteen>/<date>}.
   *
   * @throws CordonValidationException if the site is not a registered canteen ({@code
   *     CORDON-DINING-006}) or the request is malformed
   */
  public DiningRequest request(SiteId canteen, LocalDate date, LocalTime from, LocalTime to,
      Duration sittingLength, Duration cleaningGap, List<DiningParty> parties) {
    Site site = canteen(canteen);
    return DiningRequest.builder()
        .id(DiningPlanId.of("dining/" + canteen.value() + "/" + date))
        .canteen(canteen).date(date).seats(site.capacity()).density(policies.policyOn(date).canteenDensity())
        .windowStart(from).windowEnd(to).sittingLength(sittingLength).cleaningGap(cleaningGap)
        .parties(parties).build();
  }

  /** Plans the sittings of {@code canteen} on {@code date} (see {@link #request} and {@link DiningPlanner}). */
  public DiningPlan plan(SiteId canteen, LocalDate date, LocalTime from, LocalTime to,
      Duration sittingLength, Duration cleaningGap, List<DiningParty> parties) {
    return DiningPlanner.plan(request(canteen, date, from, to, sittingLength, cleaningGap, parties));
  }

  /**
   * What is wrong with {@code plan} and its day (CANTEEN-OVER-CAPACITY), under the canteen's seats
   * now and the density in force on the plan's date: sittings planned over capacity, sittings
   * without the plan's cleaning gap, and sittings at which the canteen's entry ledger shows more
   * people admitted than seats × density.
   */
  public List<DiningProblem> check(DiningPlan plan) {
    Site site = canteen(plan.canteen());
    PreventionPolicy policy = policies.policyOn(plan.date());
    int capacity = DiningPlanCheck.capacity(site.capacity(), policy.canteenDensity());
    List<DiningProblem> out = new ArrayList<>(DiningPlanCheck.overbooked(plan, capacity));
    out.addAll(DiningPlanCheck.gapViolations(plan, plan.cleaningGap()));
    List<Entry> entries;
    try (Stream<Entry> s = storage.entries().ofSite(plan.canteen(),
        plan.date().atStartOfDay(policy.zone()).toInstant(),
        plan.date().plusDays(1).atStartOfDay(policy.zone()).toInstant())) {
      entries = s.toList();
    }
    out.addAll(DiningPlanCheck.sittingsOverCapacity(plan, entries, capacity, policy.zone()));
    return out;
  }

  /**
   * Stores {@code plan} as the canteen's plan for its day (採用方案): the first time as a new record,
   * afterwards — a revised plan under the same id — as a new version (the earlier ones stay in
   * the store's history). Adopting the plan as it is stored changes nothing ({@link
   * WriteOutcome#ALREADY_PRESENT}). An overbooked plan, or one without the cleaning gap, is stored
   * all the same: the CANTEEN-OVER-CAPACITY rule flags it.
   *
   * @throws CordonValidationException {@code CORDON-STORE-002} if the canteen or a unit seated (or
   *     left unseated) is not registered, {@code CORDON-DINING-006} if the site is not a canteen,
   *     {@code CORDON-DATE-002} if the plan's day is outside the policy's plausible window
   */
  public WriteOutcome adopt(DiningPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return storage.inTransaction(() -> {
      List<Violation> v = new ArrayList<>();
      dates.check(v, "date", plan.date());
      storage.sites().get(plan.canteen()).ifPresentOrElse(site -> {
        if (site.kind() != SiteKind.CANTEEN) {
          v.add(CordonErrors.notACanteen("canteen", plan.canteen().value(), site.kind()));
        }
      }, () -> v.add(StorageErrors.unknownReference("canteen", plan.canteen().value(), "site")));
      for (int i = 0; i < plan.sittings().size(); i++) {
        List<Seating> seatings = plan.sittings().get(i).seatings();
        for (int j = 0; j < seatings.size(); j++) {
          References.require(v, storage.units(), seatings.get(j).unit(),
              "sittings[" + i + "].seatings[" + j + "].unit", "unit");
        }
      }
      for (int j = 0; j < plan.unseated().size(); j++) {
        References.require(v, storage.units(), plan.unseated().get(j).unit(), "unseated[" + j + "].unit", "unit");
      }
      References.throwIfAny(v);
      Optional<DiningPlan> stored = storage.diningPlans().get(plan.id());
      if (stored.isEmpty()) {
        return storage.diningPlans().put(plan);
      }
      return storage.diningPlans().update(plan);
    });
  }

  /** The adopted plan with {@code id}, in its latest version. */
  public Optional<DiningPlan> adopted(DiningPlanId id) {
    return storage.diningPlans().get(id);
  }

  /** The adopted plans (latest versions) dated on {@code [from, to)}, ordered by date then id. */
  public List<DiningPlan> plans(LocalDate from, LocalDate to) {
    try (Stream<DiningPlan> s = storage.diningPlans().between(from, to)) {
      return s.toList();
    }
  }

  private Site canteen(SiteId id) {
    Site site = storage.sites().get(id).orElseThrow(() -> new CordonValidationException(
        StorageErrors.unknownReference("canteen", id.value(), "site")));
    if (site.kind() != SiteKind.CANTEEN) {
      throw new CordonValidationException(CordonErrors.notACanteen("canteen", id.value(), site.kind()));
    }
    return site;
  }
}
