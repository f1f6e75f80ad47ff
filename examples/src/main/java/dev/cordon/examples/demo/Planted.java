package dev.cordon.examples.demo;

import dev.cordon.core.entry.EntryId;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.travel.TravelDeclarationId;

/**
 * The cases {@link DemoData} plants on purpose, so that the demo can show each being found.
 *
 * @param concealedTraveller the employee back from 额济纳旗 (152923) who never declared the trip (瞞報)
 * @param feverAdmitted the entry of 2021-10-25 admitted at 37.5 °C
 * @param lateDeclaration the declaration filed the day after leaving (遲報)
 * @param riskTrip the declared business trip to 额济纳旗 while it was listed as a risk area
 * @param rejectedTrip the personal trip that was rejected and taken anyway
 * @param overdueTrip the trip whose planned return passed with no return recorded
 * @param lowStockUnit the branch whose masks are below the reserve norm
 * @param uncoveredSite the service hall without a responsible person 10-12 … 10-17
 * @param awayResponsibleSite the service hall whose only responsible person is away 10-25 … 10-27
 * @param laxHall the service hall that skipped checks and a day's disinfection on 2021-10-21
 * @param unitWithoutLiaison the unit no group leader is liaison for
 * @param uniformHall the service hall that gave every visitor 36.5 °C on 2021-10-18 (LEDGER-UNIFORM)
 * @param heapedHall the service hall that wrote every reading to the half degree the week of 10-18 (LEDGER-HEAPED)
 * @param copiedEmployee the employee entered at 08:03 with 36.4 °C every working day 10-08 … 10-22 (LEDGER-ROWS-COPIED)
 * @param typedHall the service hall that typed its visitors in six minutes apart on 10-20 (LEDGER-TIMES-TYPED)
 * @param afterHoursHall the service hall that registered visitors after closing on 10-23 (LEDGER-AFTER-HOURS)
 */
public record Planted(PersonId concealedTraveller, EntryId feverAdmitted, TravelDeclarationId lateDeclaration,
    TravelDeclarationId riskTrip, TravelDeclarationId rejectedTrip, TravelDeclarationId overdueTrip,
    UnitId lowStockUnit, SiteId uncoveredSite, SiteId awayResponsibleSite, SiteId laxHall,
    UnitId unitWithoutLiaison, SiteId uniformHall, SiteId heapedHall, PersonId copiedEmployee, SiteId typedHall,
    SiteId afterHoursHall) {}
