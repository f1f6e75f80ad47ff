package dev.cordon.core.service.internal;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.inspection.Checklist;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.service.DiningService;
import dev.cordon.core.service.Directory;
import dev.cordon.core.service.PersonalDataService;
import dev.cordon.core.service.DisinfectionService;
import dev.cordon.core.service.DutyService;
import dev.cordon.core.service.EntryService;
import dev.cordon.core.service.FindingService;
import dev.cordon.core.service.InspectionService;
import dev.cordon.core.service.NoticeService;
import dev.cordon.core.service.ReportService;
import dev.cordon.core.service.RiskAreaService;
import dev.cordon.core.service.StockService;
import dev.cordon.core.service.SupplyPlanning;
import dev.cordon.core.service.TravelService;
import dev.cordon.core.storage.Storage;
import java.lang.invoke.MethodHandles;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The services of one Cordon, created and wired together. The services have no public
 * constructors, so that every service in use was built by the runtime with its storage, policies,
 * clock and rule hooks; {@link #create} is how the runtime ({@code dev.cordon.Cordon}, in the only
 * module this package is exported to) gets them.
 *
 * <p>Java has no "friend" access between packages: {@code dev.cordon.core.service} implements
 * {@link Assembler} with its package-private constructors and registers it here when it is first
 * initialised (the JDK's {@code SharedSecrets} pattern).
 */
public record Services(Directory directory, EntryService entries, TravelService travel, StockService stock,
    DutyService duty, DisinfectionService disinfection, RiskAreaService riskAreas, ReportService reports,
    SupplyPlanning supplyPlanning, DiningService dining, FindingService findings, InspectionService inspections,
    NoticeService notices, PersonalDataService personalData) {

  /** Builds the services; implemented in {@code dev.cordon.core.service}, which can call their constructors. */
  public interface Assembler {
    /**
     * The services over {@code storage}; {@code entriesRecorded} is told of every batch of entries
     * newly stored and {@code inspectionRecorded} of every inspection newly stored.
     */
    Services assemble(Storage storage, PolicyHistory policies, Checklist checklist, Clock clock,
        Consumer<List<Entry>> entriesRecorded, Consumer<Inspection> inspectionRecorded);
  }

  private static volatile Assembler assembler;

  /** Called once, by {@code dev.cordon.core.service} as it is initialised; a second assembler is refused. */
  public static synchronized void register(Assembler a) {
    Objects.requireNonNull(a, "assembler");
    if (!a.getClass().getPackageName().equals(Directory.class.getPackageName())
        || a.getClass().getClassLoader() != Directory.class.getClassLoader()) {
      throw new IllegalStateException("Only dev.cordon.core.service assembles the services, not " + a.getClass());
    }
    if (assembler != null && assembler.getClass() != a.getClass()) {
      throw new IllegalStateException("The services' assembler is already registered");
    }
    assembler = a;
  }

  /**
   * The services over {@code storage}, with the rule hooks: {@code entriesRecorded} is told of every
   * batch of entries newly stored, {@code inspectionRecorded} of every inspection newly stored.
   */
  public static Services create(Storage storage, PolicyHistory policies, Checklist checklist, Clock clock,
      Consumer<List<Entry>> entriesRecorded, Consumer<Inspection> inspectionRecorded) {
    Assembler a = assembler;
    if (a == null) {
      try {
        // the service package registers its assembler in a static initialiser of Directory
        MethodHandles.lookup().ensureInitialized(Directory.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      a = Objects.requireNonNull(assembler, "dev.cordon.core.service registered no assembler");
    }
    return a.assemble(storage, policies, checklist, clock, entriesRecorded, inspectionRecorded);
  }
}
