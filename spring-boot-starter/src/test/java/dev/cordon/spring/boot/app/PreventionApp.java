package dev.cordon.spring.boot.app;

import dev.cordon.Cordon;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the tests: nothing but Spring Boot, the starter and properties. */
@SpringBootApplication
public class PreventionApp {
  static final LocalDate OCT_25 = LocalDate.of(2021, 10, 25);
  static final LocalDate OCT_26 = LocalDate.of(2021, 10, 26);

  /** Registers a unit and a hall through the directory service. */
  static void register(Cordon cordon) {
    cordon.directory().register(Unit.builder().id(UnitId.of("hq")).name("包头热力集团")
        .kind(UnitKind.GROUP).headcount(120).build());
    cordon.directory().register(Site.builder().id(SiteId.of("hall-1")).name("昆区营业厅")
        .kind(SiteKind.SERVICE_HALL).owner(UnitId.of("hq")).region(RegionCode.of("150203")).build());
  }

  /** Two entries of 25 October 2021: a visitor admitted with a fever, and one at 36.5 °C. */
  static List<Entry> entries() {
    return List.of(entry("e-1", "37.5"), entry("e-2", "36.5"));
  }

  static Entry entry(String id, String temperature) {
    return Entry.builder().id(EntryId.of(id)).site(SiteId.of("hall-1"))
        .at(OffsetDateTime.parse("2021-10-25T08:05+08:00").toInstant())
        .entrant(Entrant.builder().category(PersonCategory.VISITOR).name("王先生").build())
        .temperature(new BigDecimal(temperature)).decision(Decision.ADMITTED).build();
  }
}
