package dev.cordon.core.entry;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the itinerary code (通信大數據行程卡, 行程碼) showed at the door: whether it was presented,
 * whether it carried the star (帶星, a city with a medium/high-risk area in the look-back window) and
 * the cities it listed as visited.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableItineraryCode.class)
@JsonDeserialize(as = ImmutableItineraryCode.class)
public abstract class ItineraryCode {
  /** Whether the entrant showed the code. */
  @Value.Default
  public boolean presented() {
    return true;
  }

  /** Whether the code carried the star (帶星). */
  @Value.Default
  public boolean starred() {
    return false;
  }

  /** The cities listed as visited in the look-back window (途經城市). */
  public abstract List<RegionCode> citiesVisited();

  /** An itinerary code that was not presented (未出示). */
  public static ItineraryCode notPresented() {
    return builder().presented(false).build();
  }

  /** A presented, unstarred code listing {@code cities}. */
  public static ItineraryCode of(boolean starred, RegionCode... cities) {
    return builder().starred(starred).addCitiesVisited(cities).build();
  }

  /** A builder for an itinerary code. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ItineraryCode}s. */
  public static final class Builder extends ImmutableItineraryCode.Builder {}

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      if (!presented() && (starred() || !citiesVisited().isEmpty())) {
        v.add(CordonErrors.citiesWithoutItineraryCode("citiesVisited"));
      }
    });
  }
}
