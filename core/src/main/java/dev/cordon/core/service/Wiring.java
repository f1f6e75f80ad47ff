package dev.cordon.core.service;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.inspection.Checklist;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.service.internal.Services;
import dev.cordon.core.storage.Storage;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Creates the services of one Cordon and wires their hooks; registered with {@link Services} as its
 * {@link Services.Assembler} by {@link Directory}'s static initialiser, since only this package can
 * call the services' constructors.
 */
final class Wiring {
  private Wiring() {}

  static Services assemble(Storage storage, PolicyHistory policies, Checklist checklist, Clock clock,
      Consumer<List<Entry>> entriesRecorded, Consumer<Inspection> inspectionRecorded) {
    EntryService entries = new EntryService(storage, policies, clock);
    // record → rules → findings: the per-entry rules judge every batch of entries as it is stored
    entries.onRecorded(entriesRecorded);
    InspectionService inspections = new InspectionService(storage, checklist, policies, clock);
    // inspection → failed items → findings, as soon as it is recorded
    inspections.onRecorded(inspectionRecorded);
    StockService stock = new StockService(storage, policies, clock);
    return new Services(new Directory(storage), entries, new TravelService(storage, policies, clock), stock,
        new DutyService(storage, policies, clock), new DisinfectionService(storage, policies, clock),
        new RiskAreaService(storage, policies, clock), new ReportService(storage, policies),
        new SupplyPlanning(storage, policies, stock), new DiningService(storage, policies, clock),
        new FindingService(storage, policies), inspections, new NoticeService(storage, policies, clock),
        new PersonalDataService(storage, policies, clock));
  }
}
