package dev.cordon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Embedding Cordon" example, kept honest: it must compile and behave as described. */
class EmbeddingExampleTest {
  @Test
  void theReadmeExampleWorks() {
    // --- README example begins ---
    try (Cordon cordon = Cordon.open("memory:")) {
      cordon.directory().register(Unit.builder().id(UnitId.of("hq")).name("包头热力集团")
          .kind(UnitKind.GROUP).headcount(120).build());
      cordon.directory().register(Site.builder().id(SiteId.of("hall-1")).name("昆区营业厅")
          .kind(SiteKind.SERVICE_HALL).owner(UnitId.of("hq")).region(RegionCode.of("150203")).build());
      cordon.entries().record(Entry.builder().id(EntryId.of("e-1")).site(SiteId.of("hall-1"))
          .at(OffsetDateTime.parse("2021-10-25T08:05+08:00").toInstant())
          .entrant(Entrant.builder().category(PersonCategory.VISITOR).name("王先生").build())
          .temperature(new BigDecimal("37.5")).decision(Decision.ADMITTED).build());
      var run = cordon.checks().run(LocalDate.of(2021, 10, 25), LocalDate.of(2021, 10, 26));
      run.findings().forEach(f -> System.out.println(f.ruleId() + ": " + f.messageEn()));
      // --- README example ends ---
      assertThat(run.findings()).extracting(Finding::ruleId).contains("ENTRY-FEVER");
      assertThat(run.findings()).allSatisfy(f -> assertThat(f.messageEn()).doesNotContain("王先生"));
      // the entry listener already stored the fever finding: the run found it unchanged; the
      // condition rules (no responsible person, no kit, no disinfection at the hall) are new
      long entryFindings = run.findings().stream().filter(f -> f.ruleId().startsWith("ENTRY-")).count();
      assertThat(run.unchanged()).isEqualTo((int) entryFindings);
      assertThat(run.created()).isEqualTo(run.findings().size() - (int) entryFindings);
      assertThat(cordon.checks().run(LocalDate.of(2021, 10, 25), LocalDate.of(2021, 10, 26)).findings())
          .isEqualTo(run.findings());
    }
  }

  @Test
  void anImplausibleTemperatureIsRefusedAndNothingIsStored() {
    try (Cordon cordon = Cordon.open("memory:")) {
      cordon.directory().register(Unit.builder().id(UnitId.of("hq")).name("集团").kind(UnitKind.GROUP)
          .headcount(1).build());
      cordon.directory().register(Site.builder().id(SiteId.of("s")).name("办公楼")
          .kind(SiteKind.OFFICE_BUILDING).owner(UnitId.of("hq")).region(RegionCode.of("150200")).build());
      Entry hot = Entry.builder().id(EntryId.of("e")).site(SiteId.of("s"))
          .at(OffsetDateTime.parse("2021-10-25T08:05+08:00").toInstant())
          .entrant(Entrant.builder().category(PersonCategory.VISITOR).build())
          .temperature(new BigDecimal("99.0")).decision(Decision.ADMITTED).build();
      assertThatThrownBy(() -> cordon.entries().record(hot))
          .isInstanceOfSatisfying(CordonValidationException.class,
              e -> assertThat(e.codes()).containsExactly("CORDON-ENTRY-001"));
      assertThatThrownBy(() -> cordon.entries().recordAll(List.of(hot)))
          .isInstanceOfSatisfying(CordonValidationException.class,
              e -> assertThat(e.violations().get(0).field()).isEqualTo("[0].temperature"));
      assertThat(cordon.storage().entries().count()).isZero();
    }
  }
}
