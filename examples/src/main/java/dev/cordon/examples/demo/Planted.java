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
 */
public record Planted(PersonId concealedTraveller, EntryId feverAdmitted, TravelDeclarationId lateDeclaration,
    TravelDeclarationId riskTrip, TravelDeclarationId rejectedTrip, TravelDeclarationId overdueTrip,
    UnitId lowStockUnit, SiteId uncoveredSite, SiteId awayResponsibleSite, SiteId laxHall,
    UnitId unitWithoutLiaison) {}
