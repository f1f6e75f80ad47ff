package dev.cordon.core.rules;

import dev.cordon.core.rules.disinfection.DisinfectionMissed;
import dev.cordon.core.rules.duty.DutyHolderAway;
import dev.cordon.core.rules.duty.DutyIneligible;
import dev.cordon.core.rules.duty.DutyOverlap;
import dev.cordon.core.rules.duty.DutySiteUncovered;
import dev.cordon.core.rules.duty.DutyUnitNoLiaison;
import dev.cordon.core.rules.entry.EntryFever;
import dev.cordon.core.rules.inspection.InspectionItemFailed;
import dev.cordon.core.rules.notice.NoticeUnreviewed;
import dev.cordon.core.rules.supply.SupplyExpiredHeld;
import dev.cordon.core.rules.supply.SupplyKitIncomplete;
import dev.cordon.core.rules.supply.SupplyReserveLow;
import java.util.List;

/** The built-in rule catalogue (DESIGN §4), ordered by id. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Every built-in rule, ordered by id. */
  public static List<Rule> all() {
    return List.of(
        new DisinfectionMissed(),
        new DutyHolderAway(),
        new DutyIneligible(),
        new DutyOverlap(),
        new DutySiteUncovered(),
        new DutyUnitNoLiaison(),
        new EntryFever(),
        new InspectionItemFailed(),
        new NoticeUnreviewed(),
        new SupplyExpiredHeld(),
        new SupplyKitIncomplete(),
        new SupplyReserveLow());
  }
}
