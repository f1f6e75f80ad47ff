package dev.cordon.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.Samples;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.service.EntryService;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link EntryService#screen()}: the importer's row check, reading each reference once. */
class EntryScreenTest {
  private Cordon cordon;

  @BeforeEach
  void open() {
    cordon = Cordon.builder().storage("memory:").discoverRules(false).build();
    cordon.directory().register(Samples.group());
    cordon.directory().register(Samples.branch());
    cordon.directory().register(Samples.employee());
    cordon.directory().register(Samples.serviceHall());
  }

  @AfterEach
  void close() {
    cordon.close();
  }

  private static List<String> codes(List<Violation> v) {
    return v.stream().map(Violation::code).toList();
  }

  @Test
  void a_screen_finds_what_problemsOf_finds_and_asks_again_for_a_site_it_did_not_find() {
    EntryService.Screen screen = cordon.entries().screen();
    Entry known = Samples.employeeEntry();
    SiteId laterSite = SiteId.of("S-LATER");
    Entry atLaterSite = Entry.builder().from(known).site(laterSite).build();

    assertThat(screen.problemsOf(known)).isEmpty();
    assertThat(screen.problemsOf(known)).isEmpty();
    assertThat(codes(screen.problemsOf(atLaterSite))).isEqualTo(codes(cordon.entries().problemsOf(atLaterSite)))
        .isNotEmpty();

    Site later = Site.builder().from(Samples.serviceHall()).id(laterSite).build();
    cordon.directory().register(later);
    assertThat(screen.problemsOf(atLaterSite)).as("the site added after it was missed").isEmpty();
    assertThat(screen.problemsOf(known)).isEmpty();
  }

  @Test
  void a_screen_records_a_batch_as_recordAll_does_and_refuses_one_naming_a_missing_site() {
    EntryService.Screen screen = cordon.entries().screen();
    Entry known = Samples.employeeEntry();
    Entry atMissingSite = Entry.builder().from(known).id(dev.cordon.core.entry.EntryId.of("E-missing"))
        .site(SiteId.of("S-NONE")).build();
    assertThat(screen.problemsOf(known)).isEmpty();
    assertThat(screen.recordAll(List.of(known)).stored()).isEqualTo(1);
    assertThat(screen.recordAll(List.of(known)).alreadyPresent()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> screen.recordAll(List.of(atMissingSite)))
        .isInstanceOf(dev.cordon.core.validation.CordonValidationException.class);
    assertThat(cordon.storage().entries().contains(atMissingSite.id())).isFalse();
    cordon.directory().register(Site.builder().from(Samples.serviceHall()).id(SiteId.of("S-NONE")).build());
    assertThat(screen.recordAll(List.of(atMissingSite)).stored()).as("asked again after the refusal").isEqualTo(1);
  }
}
