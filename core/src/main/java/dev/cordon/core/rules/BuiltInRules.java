package dev.cordon.core.rules;

import dev.cordon.core.rules.entry.EntryCheckSkipped;
import dev.cordon.core.rules.entry.EntryCodeAdmitted;
import dev.cordon.core.rules.entry.EntryFever;
import dev.cordon.core.rules.entry.EntryFeverAdmitted;
import dev.cordon.core.rules.entry.EntryItineraryAdmitted;
import dev.cordon.core.rules.entry.EntryLedgerIncomplete;
import dev.cordon.core.rules.travel.TravelConcealed;
import dev.cordon.core.rules.travel.TravelDestinationOmitted;
import dev.cordon.core.rules.travel.TravelFollowUpOpen;
import dev.cordon.core.rules.travel.TravelLate;
import dev.cordon.core.rules.travel.TravelNonEssential;
import dev.cordon.core.rules.travel.TravelOverdue;
import dev.cordon.core.rules.travel.TravelReturnUnreported;
import dev.cordon.core.rules.travel.TravelRiskDestination;
import dev.cordon.core.rules.travel.TravelUnapproved;
import java.util.List;

/** The built-in rule catalogue (DESIGN §4), ordered by id. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Every built-in rule, ordered by id. */
  public static List<Rule> all() {
    return List.of(
        new EntryCheckSkipped(),
        new EntryCodeAdmitted(),
        new EntryFever(),
        new EntryFeverAdmitted(),
        new EntryItineraryAdmitted(),
        new EntryLedgerIncomplete(),
        new TravelConcealed(),
        new TravelDestinationOmitted(),
        new TravelFollowUpOpen(),
        new TravelLate(),
        new TravelNonEssential(),
        new TravelOverdue(),
        new TravelReturnUnreported(),
        new TravelRiskDestination(),
        new TravelUnapproved());
  }
}
