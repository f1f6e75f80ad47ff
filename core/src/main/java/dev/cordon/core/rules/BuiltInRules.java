package dev.cordon.core.rules;

import dev.cordon.core.rules.dining.CanteenOverCapacity;
import dev.cordon.core.rules.disinfection.DisinfectionMissed;
import dev.cordon.core.rules.duty.DutyHolderAway;
import dev.cordon.core.rules.duty.DutyIneligible;
import dev.cordon.core.rules.duty.DutyOverlap;
import dev.cordon.core.rules.duty.DutySiteUncovered;
import dev.cordon.core.rules.duty.DutyUnitNoLiaison;
import dev.cordon.core.rules.entry.EntryCheckSkipped;
import dev.cordon.core.rules.entry.EntryCodeAdmitted;
import dev.cordon.core.rules.entry.EntryFever;
import dev.cordon.core.rules.entry.EntryFeverAdmitted;
import dev.cordon.core.rules.entry.EntryItineraryAdmitted;
import dev.cordon.core.rules.entry.EntryLedgerIncomplete;
import dev.cordon.core.rules.inspection.InspectionItemFailed;
import dev.cordon.core.rules.ledger.LedgerAfterHours;
import dev.cordon.core.rules.ledger.LedgerHeaped;
import dev.cordon.core.rules.ledger.LedgerReadingRepeated;
import dev.cordon.core.rules.ledger.LedgerRowsCopied;
import dev.cordon.core.rules.ledger.LedgerTimesTyped;
import dev.cordon.core.rules.ledger.LedgerUniform;
import dev.cordon.core.rules.notice.NoticeUnreviewed;
import dev.cordon.core.rules.supply.SupplyExpiredHeld;
import dev.cordon.core.rules.supply.SupplyKitIncomplete;
import dev.cordon.core.rules.supply.SupplyReserveLow;
import dev.cordon.core.rules.travel.TravelConcealed;
import dev.cordon.core.rules.travel.TravelDestinationOmitted;
import dev.cordon.core.rules.travel.TravelFollowUpOpen;
import dev.cordon.core.rules.travel.TravelLate;
import dev.cordon.core.rules.travel.TravelNonEssential;
import dev.cordon.core.rules.travel.TravelOverdue;
import dev.cordon.core.rules.travel.TravelReturnUnreported;
import dev.cordon.core.rules.travel.TravelRiskDestination;
import dev.cordon.core.rules.travel.TravelUnapproved;
import dev.cordon.spi.rules.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The built-in rule catalogue (DESIGN §4), ordered by id. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Every built-in rule, ordered by id. */
  public static List<Rule> all() {
    return Stream.<Rule>of(
        new CanteenOverCapacity(),
        new DisinfectionMissed(),
        new DutyHolderAway(),
        new DutyIneligible(),
        new DutyOverlap(),
        new DutySiteUncovered(),
        new DutyUnitNoLiaison(),
        new EntryCheckSkipped(),
        new EntryCodeAdmitted(),
        new EntryFever(),
        new EntryFeverAdmitted(),
        new EntryItineraryAdmitted(),
        new EntryLedgerIncomplete(),
        new InspectionItemFailed(),
        new LedgerAfterHours(),
        new LedgerHeaped(),
        new LedgerReadingRepeated(),
        new LedgerRowsCopied(),
        new LedgerTimesTyped(),
        new LedgerUniform(),
        new NoticeUnreviewed(),
        new SupplyExpiredHeld(),
        new SupplyKitIncomplete(),
        new SupplyReserveLow(),
        new TravelConcealed(),
        new TravelDestinationOmitted(),
        new TravelFollowUpOpen(),
        new TravelLate(),
        new TravelNonEssential(),
        new TravelOverdue(),
        new TravelReturnUnreported(),
        new TravelRiskDestination(),
        new TravelUnapproved())
        .sorted(Comparator.comparing(Rule::id))
        .toList();
  }
}
