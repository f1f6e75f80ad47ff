package dev.cordon.core.report;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.supply.SupplyItemId;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of the daily report (日報) for one unit, or one unit and everything below it. A unit
 * with nothing to report has zeros (零報告), never a missing row.
 *
 * @param headcount staff (人數)
 * @param staffAway staff away on a trip that day (外出)
 * @param awayInRiskAreas of them, in a city with a medium/high-risk area (在中高風險地區)
 * @param underFollowUp staff in a follow-up period (跟蹤中)
 * @param admitted entries admitted (放行)
 * @param denied entries denied (勸返)
 * @param referred entries referred (轉介)
 * @param fevers entries with a fever (發熱)
 * @param nonGreenCodes entries whose health code was not green (非綠碼)
 * @param findingsBySeverity findings of the day still open or confirmed, by severity
 * @param lowestCoverDays the lowest days of supply cover of any item held (物資保障天數), if any
 * @param lowestCoverItem the item with the lowest cover
 * @param uncoveredKeySites key sites with no responsible person that day (無責任人)
 * @param silentKeySites key sites that recorded no entries that day (未登記)
 */
public record Figures(long headcount, long staffAway, long awayInRiskAreas, long underFollowUp,
    long admitted, long denied, long referred, long fevers, long nonGreenCodes,
    Map<Severity, Long> findingsBySeverity, Optional<BigDecimal> lowestCoverDays,
    Optional<SupplyItemId> lowestCoverItem, long uncoveredKeySites, long silentKeySites) {

  public Figures {
    EnumMap<Severity, Long> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, findingsBySeverity.getOrDefault(s, 0L));
    }
    findingsBySeverity = java.util.Collections.unmodifiableMap(m);
  }

  /** All zeros: the zero report (零報告). */
  public static Figures zero() {
    return new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Optional.empty(), Optional.empty(), 0, 0);
  }

  /** Open findings of every severity. */
  public long findings() {
    return findingsBySeverity.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The sum of two sets of figures; the lowest cover is the lower of the two. */
  public Figures plus(Figures o) {
    EnumMap<Severity, Long> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, findingsBySeverity.get(s) + o.findingsBySeverity.get(s));
    }
    boolean mine = lowestCoverDays.isPresent()
        && (o.lowestCoverDays.isEmpty() || lowestCoverDays.get().compareTo(o.lowestCoverDays.get()) <= 0);
    return new Figures(headcount + o.headcount, staffAway + o.staffAway, awayInRiskAreas + o.awayInRiskAreas,
        underFollowUp + o.underFollowUp, admitted + o.admitted, denied + o.denied, referred + o.referred,
        fevers + o.fevers, nonGreenCodes + o.nonGreenCodes, m,
        mine ? lowestCoverDays : o.lowestCoverDays, mine ? lowestCoverItem : o.lowestCoverItem,
        uncoveredKeySites + o.uncoveredKeySites, silentKeySites + o.silentKeySites);
  }
}
