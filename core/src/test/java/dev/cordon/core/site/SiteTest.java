package dev.cordon.core.site;

import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.Samples;
import dev.cordon.core.region.RegionCode;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SiteTest {
  private static Site.Builder hall() {
    return Site.builder().from(Samples.serviceHall());
  }

  @Test
  void serviceHallsCanteensAndOfficeBuildingsAreKeySitesWithAllFourChecksByDefault() {
    for (SiteKind k : EnumSet.of(SiteKind.SERVICE_HALL, SiteKind.CANTEEN, SiteKind.OFFICE_BUILDING)) {
      Site s = Site.builder().id(SiteId.of("S")).name("场所").kind(k).owner(Samples.groupId())
          .region(Samples.baotou()).build();
      assertThat(s.keySite()).as(k.name()).isTrue();
      assertThat(s.requiredChecks()).containsExactlyInAnyOrder(EntryCheck.values());
    }
  }

  @Test
  void otherSitesAreNotKeyAndRequireNoCheckByDefault() {
    Site station = Samples.heatingStation();
    assertThat(station.keySite()).isFalse();
    assertThat(station.requiredChecks()).isEmpty();
    assertThat(station.requires(EntryCheck.TEMPERATURE)).isFalse();
  }

  @Test
  void aSiteMadeKeyRequiresAllChecksAndGivenChecksWin() {
    Site key = Site.builder().id(SiteId.of("S-HEAT")).name("换热站").kind(SiteKind.HEATING_STATION)
        .owner(Samples.branchId()).region(Samples.ejina()).keySite(true).build();
    assertThat(key.requiredChecks()).containsExactlyInAnyOrder(EntryCheck.values());
    Site some = hall().requiredChecks(EnumSet.of(EntryCheck.REGISTRATION)).build();
    assertThat(some.requires(EntryCheck.REGISTRATION)).isTrue();
    assertThat(some.requires(EntryCheck.HEALTH_CODE)).isFalse();
  }

  @Test
  void aBlankOrOverlongNameIsRejected() {
    rejectedWith(() -> hall().name(" ").build(), "CORDON-VALUE-002", "name");
    rejectedWith(() -> hall().name("厅".repeat(201)).build(), "CORDON-VALUE-003", "name");
    assertThat(hall().name("厅".repeat(200)).build().name()).hasSize(200);
  }

  @Test
  void aNegativeCapacityIsRejectedAndZeroAccepted() {
    rejectedWith(() -> hall().capacity(-1).build(), "CORDON-VALUE-009", "capacity");
    assertThat(hall().capacity(0).build().capacity()).isZero();
  }

  @Test
  void anUnknownRegionCodeIsRegion002AndAMalformedOneRegion001() {
    rejectedWith(() -> RegionCode.of("159999"), "CORDON-REGION-002", "regionCode");
    rejectedWith(() -> RegionCode.of("15020"), "CORDON-REGION-001", "regionCode");
    rejectedWith(() -> RegionCode.of("15020A"), "CORDON-REGION-001", "regionCode");
  }

  @Test
  void theSampleSitesLieInTheirRegions() {
    assertThat(Samples.serviceHall().region().name()).isEqualTo("东河区");
    assertThat(Samples.serviceHall().region().city()).isEqualTo(Samples.baotou());
    assertThat(Samples.heatingStation().region().name()).isEqualTo("额济纳旗");
  }
}
