package dev.cordon.core.validation.internal;

import dev.cordon.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Every stable error code of cordon-core, each declared once, here, with a factory that takes its
 * typed arguments and returns the {@link Violation} (as Hibernate Validator's {@code Log} declares
 * each of its {@code HV000nnn} messages once). The messages themselves, English and Simplified
 * Chinese, are in {@code dev/cordon/core/validation/Messages*.properties} under the same code;
 * {@code {0}} is the field, {@code {1}} the (masked) value, {@code {2}}… the further arguments of
 * each factory in order. {@code ErrorCodesTest} fails when a code literal appears anywhere else in
 * the main sources, when a code has no message, or when a message's code is never raised; the
 * table in {@code docs/error-codes.md} is generated from the bundles.
 *
 * <p>Not here: the codes of Bean Validation constraints that name their message themselves
 * ({@code {CORDON-PERSON-011}}, {@code {CORDON-TEXT-001}}, {@code {CORDON-DATE-001}}), and the
 * storage codes ({@code CORDON-STORE-*}, {@code CORDON-NOTICE-003}, {@code CORDON-SUPPLY-004}),
 * which {@code dev.cordon.core.storage} declares.
 *
 * <p>Codes are never renumbered and never reused; a code no longer raised keeps its message.
 */
public final class CordonErrors {
  private CordonErrors() {}

  // --- values in general ---------------------------------------------------------------------

  /** Codes of the standard Bean Validation constraints, by annotation name, so that every violation has a stable code. */
  private static final Map<String, String> CONSTRAINT_CODES = Map.ofEntries(
      Map.entry("NotNull", "CORDON-VALUE-001"),
      Map.entry("NotBlank", "CORDON-VALUE-002"),
      Map.entry("Size", "CORDON-VALUE-003"),
      Map.entry("Min", "CORDON-VALUE-004"),
      Map.entry("Max", "CORDON-VALUE-005"),
      Map.entry("DecimalMin", "CORDON-VALUE-006"),
      Map.entry("DecimalMax", "CORDON-VALUE-007"),
      Map.entry("Positive", "CORDON-VALUE-008"),
      Map.entry("PositiveOrZero", "CORDON-VALUE-009"),
      Map.entry("Pattern", "CORDON-VALUE-010"),
      Map.entry("Digits", "CORDON-VALUE-011"),
      Map.entry("NotEmpty", "CORDON-VALUE-012"));

  /** The code of any other constraint. */
  private static final String OTHER_CONSTRAINT = "CORDON-VALUE-099";

  /**
   * The stable code of a standard constraint ({@code NotNull} → {@code CORDON-VALUE-001}, …), or
   * {@code CORDON-VALUE-099} for a constraint without its own.
   *
   * @param annotation the simple name of the constraint annotation
   */
  public static String constraintCode(String annotation) {
    return CONSTRAINT_CODES.getOrDefault(annotation, OTHER_CONSTRAINT);
  }

  /** CORDON-VALUE-001: a required value is missing. */
  public static Violation required(String field) {
    return Violation.of(constraintCode("NotNull"), field, null);
  }

  // --- ids -----------------------------------------------------------------------------------

  /** CORDON-ID-001: an id is required. */
  public static Violation idMissing(String field) {
    return Violation.of("CORDON-ID-001", field, null);
  }

  /** CORDON-ID-002: an id longer than {@code maxLength}, blank, or with outer spaces. */
  public static Violation idMalformed(String field, String masked, int maxLength) {
    return Violation.of("CORDON-ID-002", field, masked, maxLength);
  }

  /** CORDON-ID-003: an id holds an invisible or control character, {@code character} at {@code position}. */
  public static Violation idInvisibleCharacter(String field, String masked, String character, int position) {
    return Violation.of("CORDON-ID-003", field, masked, character, position);
  }

  // --- JSON ----------------------------------------------------------------------------------

  /** CORDON-JSON-001: not valid JSON, with the reason and where. */
  public static Violation jsonMalformed(String path, String reason) {
    return Violation.of("CORDON-JSON-001", path, null, reason);
  }

  /** CORDON-JSON-002: a value of the wrong type or form, with the reason (never the value). */
  public static Violation jsonWrongType(String path, String reason) {
    return Violation.of("CORDON-JSON-002", path, null, reason);
  }

  /** CORDON-JSON-003: an unknown property. */
  public static Violation jsonUnknownProperty(String path) {
    return Violation.of("CORDON-JSON-003", path, null);
  }

  /** CORDON-JSON-004: a required property is missing. */
  public static Violation jsonMissingProperty(String path) {
    return Violation.of("CORDON-JSON-004", path, null);
  }

  /** CORDON-JSON-005: a key appears twice in one object; {@code where} is appended to the message. */
  public static Violation jsonDuplicateKey(String path, String where) {
    return Violation.of("CORDON-JSON-005", path, null, where);
  }

  // --- dates ---------------------------------------------------------------------------------

  /** CORDON-DATE-002: a record date outside the plausible window of the policy, {@code from} to {@code until}. */
  public static Violation implausibleDate(String field, String shown, LocalDate date, LocalDate from,
      LocalDate until) {
    return Violation.of("CORDON-DATE-002", field, shown, date, from, until);
  }

  // --- people: resident ID numbers and phone numbers ------------------------------------------

  /** CORDON-PERSON-001: a resident ID number is not 17 digits and a check character. */
  public static Violation residentIdForm(String field, String masked) {
    return Violation.of("CORDON-PERSON-001", field, masked);
  }

  /** CORDON-PERSON-002: the check character of a resident ID number is wrong. */
  public static Violation residentIdCheckCharacter(String field, String masked) {
    return Violation.of("CORDON-PERSON-002", field, masked);
  }

  /** CORDON-PERSON-003: the birth date in a resident ID number is not a real date. */
  public static Violation residentIdBirthDateNotReal(String field, String masked) {
    return Violation.of("CORDON-PERSON-003", field, masked);
  }

  /** CORDON-PERSON-004: the birth date in a resident ID number is in the future. */
  public static Violation residentIdBirthDateInFuture(String field, String masked) {
    return Violation.of("CORDON-PERSON-004", field, masked);
  }

  /** CORDON-PERSON-005: a resident ID number does not start with a known province code. */
  public static Violation residentIdProvince(String field, String masked) {
    return Violation.of("CORDON-PERSON-005", field, masked);
  }

  /** CORDON-PERSON-006: a first-generation 15-digit resident ID number. */
  public static Violation residentIdFirstGeneration(String field, String masked) {
    return Violation.of("CORDON-PERSON-006", field, masked);
  }

  /** CORDON-PERSON-007: the birth date in a resident ID number is before 1900. */
  public static Violation residentIdBornTooEarly(String field, String masked) {
    return Violation.of("CORDON-PERSON-007", field, masked);
  }

  /** CORDON-PERSON-010: not a mainland China phone number. */
  public static Violation phoneNumber(String field, String masked) {
    return Violation.of("CORDON-PERSON-010", field, masked);
  }

  /** CORDON-PERSON-012: an employee without a unit. */
  public static Violation employeeWithoutUnit(String field) {
    return Violation.of("CORDON-PERSON-012", field, null);
  }

  // --- personal information --------------------------------------------------------------------

  /** CORDON-PRIVACY-001: a personal field marked redacted that still holds a value. */
  public static Violation redactedFieldPresent(String field) {
    return Violation.of("CORDON-PRIVACY-001", field, null);
  }

  /** CORDON-PRIVACY-003: a redacted copy given to a port to store. */
  public static Violation redactedCopyStored(String field) {
    return Violation.of("CORDON-PRIVACY-003", field, null);
  }

  /** CORDON-PRIVACY-002: a personal field marked redacted that this kind of record does not hold. */
  public static Violation redactedFieldUnknown(String field, String value) {
    return Violation.of("CORDON-PRIVACY-002", field, value);
  }

  // --- scoped views and reveals ----------------------------------------------------------------

  /** CORDON-SCOPE-001: a write, through a view scoped to a unit, of a record outside its subtree. */
  public static Violation outsideScope(String kind, String id, String root) {
    return Violation.of("CORDON-SCOPE-001", kind, id, root);
  }

  /** CORDON-SCOPE-002: a write of shared reference data (policies, risk areas, supply items) through a scoped view. */
  public static Violation sharedReferenceData(String kind, String id, String root) {
    return Violation.of("CORDON-SCOPE-002", kind, id, root);
  }

  /** CORDON-SCOPE-003: a reveal of personal values without saying who asks, or why. */
  public static Violation revealUnexplained(String field) {
    return Violation.of("CORDON-SCOPE-003", field, null);
  }

  // --- regions -------------------------------------------------------------------------------

  /** CORDON-REGION-001: not a six-digit division code. */
  public static Violation regionCodeForm(String field, String code) {
    return Violation.of("CORDON-REGION-001", field, code);
  }

  /** CORDON-REGION-002: a six-digit code that is not in Cordon's division table. */
  public static Violation regionCodeUnknown(String field, String code) {
    return Violation.of("CORDON-REGION-002", field, code);
  }

  // --- units ---------------------------------------------------------------------------------

  /** CORDON-UNIT-001: a unit named as its own parent. */
  public static Violation unitOwnParent(String field, String unit) {
    return Violation.of("CORDON-UNIT-001", field, unit);
  }

  /** CORDON-UNIT-002: a parent that would make the unit tree a cycle. */
  public static Violation unitCycle(String field, String parent) {
    return Violation.of("CORDON-UNIT-002", field, parent);
  }

  // --- entries -------------------------------------------------------------------------------

  /** CORDON-ENTRY-001: a temperature outside the policy's plausible range {@code min}–{@code max}. */
  public static Violation temperatureImplausible(String field, BigDecimal temperature, BigDecimal min,
      BigDecimal max) {
    return Violation.of("CORDON-ENTRY-001", field, temperature.toPlainString(), min.toPlainString(),
        max.toPlainString());
  }

  /** CORDON-ENTRY-002: an employee entry without the employee, or with visitor details. */
  public static Violation employeeEntryWithoutPerson(String field) {
    return Violation.of("CORDON-ENTRY-002", field, null);
  }

  /** CORDON-ENTRY-003: a visitor's entry carrying a staff number (a contractor's may carry one). */
  public static Violation visitorWithPersonId(String field, String personId) {
    return Violation.of("CORDON-ENTRY-003", field, personId);
  }

  /** CORDON-ENTRY-004: a temperature with more than one decimal place. */
  public static Violation temperatureDecimals(String field, String temperature) {
    return Violation.of("CORDON-ENTRY-004", field, temperature);
  }

  /** CORDON-ENTRY-005: cities visited listed without a presented itinerary code. */
  public static Violation citiesWithoutItineraryCode(String field) {
    return Violation.of("CORDON-ENTRY-005", field, null);
  }

  /** CORDON-ENTRY-006: an entry that supersedes itself. */
  public static Violation entrySupersedesItself(String field, String id) {
    return Violation.of("CORDON-ENTRY-006", field, id);
  }

  // --- travel declarations -------------------------------------------------------------------

  /** CORDON-TRAVEL-001: the planned return before the planned departure. */
  public static Violation plannedReturnBeforeDeparture(String field, LocalDate plannedReturn) {
    return Violation.of("CORDON-TRAVEL-001", field, plannedReturn.toString());
  }

  /** CORDON-TRAVEL-002: the actual return before the actual departure. */
  public static Violation actualReturnBeforeDeparture(String field, LocalDate actualReturn) {
    return Violation.of("CORDON-TRAVEL-002", field, actualReturn.toString());
  }

  /** CORDON-TRAVEL-004: {@code state} (a travel state or a field that is set) requires {@code what}. */
  public static Violation travelStateRequires(String field, String value, Object state, String what) {
    return Violation.of("CORDON-TRAVEL-004", field, value, state, what);
  }

  /** CORDON-TRAVEL-005: a declaration cannot move from {@code from} to {@code to}. */
  public static Violation travelTransition(String field, String value, Object from, Object to) {
    return Violation.of("CORDON-TRAVEL-005", field, value, from, to);
  }

  /** CORDON-TRAVEL-006: a decided approval without its approver and time. */
  public static Violation approvalWithoutApprover(String field) {
    return Violation.of("CORDON-TRAVEL-006", field, null);
  }

  /** CORDON-TRAVEL-008: a follow-up that ends before the actual return. */
  public static Violation followUpBeforeReturn(String field, LocalDate followUpUntil) {
    return Violation.of("CORDON-TRAVEL-008", field, followUpUntil.toString());
  }

  /** CORDON-TRAVEL-009: a travel declaration filed for someone who is not an employee. */
  public static Violation travelNotEmployee(String field, String person) {
    return Violation.of("CORDON-TRAVEL-009", field, person);
  }

  /** CORDON-TRAVEL-010: an approval that was already decided. */
  public static Violation approvalAlreadyDecided(String field, String status) {
    return Violation.of("CORDON-TRAVEL-010", field, status);
  }

  // --- risk areas ----------------------------------------------------------------------------

  /** CORDON-RISK-001: a risk area in force for no day. */
  public static Violation riskAreaNeverInForce(String field, LocalDate inForceTo) {
    return Violation.of("CORDON-RISK-001", field, inForceTo.toString());
  }

  // --- supplies ------------------------------------------------------------------------------

  /** CORDON-SUPPLY-001: a quantity that is not positive. */
  public static Violation quantityNotPositive(String field, String quantity) {
    return Violation.of("CORDON-SUPPLY-001", field, quantity);
  }

  /** CORDON-SUPPLY-002: a movement of {@code kind} needs {@code what} (a destination or none). */
  public static Violation movementNeeds(String field, String value, Object kind, String what) {
    return Violation.of("CORDON-SUPPLY-002", field, value, kind, what);
  }

  /** CORDON-SUPPLY-003: a transfer from a holder to itself. */
  public static Violation transferToItself(String field, String holder) {
    return Violation.of("CORDON-SUPPLY-003", field, holder);
  }

  // --- duty ----------------------------------------------------------------------------------

  /** CORDON-DUTY-001: an assignment that ends before it starts. */
  public static Violation assignmentEndsBeforeStart(String field, LocalDate validTo) {
    return Violation.of("CORDON-DUTY-001", field, validTo.toString());
  }

  /** CORDON-DUTY-002: a scope that is both a unit and a site, or neither. */
  public static Violation scopeNotOne(String field) {
    return Violation.of("CORDON-DUTY-002", field, null);
  }

  // --- policies ------------------------------------------------------------------------------

  /** CORDON-POLICY-001: a fever threshold outside the plausible temperature range. */
  public static Violation feverThresholdImplausible(String field, String threshold) {
    return Violation.of("CORDON-POLICY-001", field, threshold);
  }

  /** CORDON-POLICY-002: an empty plausible temperature range. */
  public static Violation temperatureRangeEmpty(String field, String max) {
    return Violation.of("CORDON-POLICY-002", field, max);
  }

  /** CORDON-POLICY-003: two policies taking effect on one date. */
  public static Violation policiesOnSameDate(String field, LocalDate effectiveFrom) {
    return Violation.of("CORDON-POLICY-003", field, effectiveFrom.toString());
  }

  /** CORDON-POLICY-004: no policy in force on {@code day}. */
  public static Violation noPolicyInForce(String field, LocalDate day) {
    return Violation.of("CORDON-POLICY-004", field, day.toString());
  }

  /** CORDON-POLICY-005: a policy names a rule Cordon does not run; {@code known} lists the known ids. */
  public static Violation unknownRule(String field, String ruleId, String known) {
    return Violation.of("CORDON-POLICY-005", field, ruleId, known);
  }

  /** CORDON-POLICY-006: a temperature in a policy with more than one decimal. */
  public static Violation policyTemperatureTenths(String field, String temperature) {
    return Violation.of("CORDON-POLICY-006", field, temperature);
  }

  /** CORDON-POLICY-007: risk areas read fewer days back than the itinerary look-back. */
  public static Violation riskAreaLookBehindTooShort(String field, int lookBehindDays, int lookBackDays) {
    return Violation.of("CORDON-POLICY-007", field, String.valueOf(lookBehindDays),
        String.valueOf(lookBackDays));
  }

  /** CORDON-POLICY-008: a policy to be stored whose zone is not the storage's. */
  public static Violation policyZoneNotStorageZone(String field, java.time.ZoneId zone, java.time.ZoneId storageZone) {
    return Violation.of("CORDON-POLICY-008", field, zone.getId(), storageZone.getId());
  }

  /** CORDON-SITE-001: opening hours that close at or before they open. */
  public static Violation openingHoursEmpty(String field, java.time.LocalTime opens, java.time.LocalTime closes) {
    return Violation.of("CORDON-SITE-001", field, opens.toString(), closes.toString());
  }

  // --- rules ---------------------------------------------------------------------------------

  /** CORDON-RULE-001: two rules with one id. */
  public static Violation duplicateRuleId(String field, String ruleId) {
    return Violation.of("CORDON-RULE-001", field, ruleId);
  }

  /** CORDON-RULE-002: a check over no day, {@code to} not after {@code from}. */
  public static Violation checkRangeEmpty(String field, LocalDate to, LocalDate from) {
    return Violation.of("CORDON-RULE-002", field, to.toString(), from.toString());
  }

  // --- planning: supply allocation -------------------------------------------------------------

  /** CORDON-PLAN-001: a negative minimum for the central reserve. */
  public static Violation reserveMinimumNegative(String field, BigDecimal minimum) {
    return Violation.of("CORDON-PLAN-001", field, minimum.toPlainString());
  }

  /** CORDON-PLAN-002: a unit listed twice in the needs. */
  public static Violation planUnitTwice(String field, String unit) {
    return Violation.of("CORDON-PLAN-002", field, unit);
  }

  /** CORDON-PLAN-003: a reserve allocating to itself. */
  public static Violation reserveAllocatesToItself(String field, String unit) {
    return Violation.of("CORDON-PLAN-003", field, unit);
  }

  /** CORDON-PLAN-004: the stock of {@code item} at {@code reserve} changed since {@code plan} was made. */
  public static Violation planOutdated(String field, String plan, String item, String reserve,
      String reason) {
    return Violation.of("CORDON-PLAN-004", field, plan, item, reserve, plan, reason);
  }

  // --- planning: canteen sittings --------------------------------------------------------------

  /** CORDON-DINING-001: a serving window that ends before it starts. */
  public static Violation servingWindowEmpty(String field, Object windowEnd) {
    return Violation.of("CORDON-DINING-001", field, windowEnd.toString());
  }

  /** CORDON-DINING-002: a sitting that ends before it starts. */
  public static Violation sittingEmpty(String field, Object end) {
    return Violation.of("CORDON-DINING-002", field, end.toString());
  }

  /** CORDON-DINING-003: a party of no one. */
  public static Violation partyOfNoOne(String field, int people) {
    return Violation.of("CORDON-DINING-003", field, String.valueOf(people));
  }

  /** CORDON-DINING-004: a sitting length that is not positive, or a negative cleaning gap. */
  public static Violation sittingTimes(String field, Object duration) {
    return Violation.of("CORDON-DINING-004", field, duration.toString());
  }

  /** CORDON-DINING-005: a unit listed twice. */
  public static Violation diningUnitTwice(String field, String unit) {
    return Violation.of("CORDON-DINING-005", field, unit);
  }

  /** CORDON-DINING-006: a site of {@code kind} named as a canteen. */
  public static Violation notACanteen(String field, String site, Object kind) {
    return Violation.of("CORDON-DINING-006", field, site, kind);
  }

  // --- findings ------------------------------------------------------------------------------

  /** CORDON-FINDING-001: a finding that cannot move from {@code from} to {@code to}. */
  public static Violation findingTransition(String field, String value, Object from, Object to) {
    return Violation.of("CORDON-FINDING-001", field, value, from, to);
  }

  /** CORDON-FINDING-002: a finding dismissed without a reason. */
  public static Violation dismissalWithoutReason(String field) {
    return Violation.of("CORDON-FINDING-002", field, null);
  }

  /** CORDON-FINDING-003: a finding rectified on {@code day}, before it was confirmed. */
  public static Violation rectifiedBeforeConfirmed(String field, LocalDate day, LocalDate confirmed) {
    return Violation.of("CORDON-FINDING-003", field, day.toString(), confirmed.toString());
  }

  // --- inspections ---------------------------------------------------------------------------

  /** CORDON-INSPECTION-001: a checklist item id given twice. */
  public static Violation checklistItemTwice(String field, String item) {
    return Violation.of("CORDON-INSPECTION-001", field, item);
  }

  /** CORDON-INSPECTION-002: an item not on the checklist. */
  public static Violation itemNotOnChecklist(String field, String item, String checklist) {
    return Violation.of("CORDON-INSPECTION-002", field, item, checklist);
  }

  /** CORDON-INSPECTION-003: an item with more than one result. */
  public static Violation itemResultTwice(String field, String item) {
    return Violation.of("CORDON-INSPECTION-003", field, item);
  }

  // --- notices -------------------------------------------------------------------------------

  /** CORDON-NOTICE-001: a notice citing a finding that was not confirmed. */
  public static Violation noticeCitesUnconfirmed(String field, String finding, Object status) {
    return Violation.of("CORDON-NOTICE-001", field, finding, status);
  }

  /** CORDON-NOTICE-002: a notice naming no unit. */
  public static Violation noticeWithoutUnits(String field) {
    return Violation.of("CORDON-NOTICE-002", field, null);
  }
}
