package dev.cordon.core.inspection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An inspection checklist (檢查表): the points an inspector (檢查督導) checks at a site or unit
 * [R2, R4]. A checklist is data — an organisation writes its own, e.g. its version of the "ten in
 * place" (十個到位), and loads it from JSON; {@link #defaults()} gives ten items drawn from the
 * measures of the source document.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableChecklist.class)
@JsonDeserialize(as = ImmutableChecklist.class)
public abstract class Checklist {
  /** The id of the default checklist. */
  public static final ChecklistId DEFAULT_ID = ChecklistId.of("cordon-default-10");

  /** The checklist's id. */
  public abstract ChecklistId id();

  /** The checklist's name in English. */
  @NotBlank
  @PlainText
  @Size(max = 200)
  public abstract String nameEn();

  /** The checklist's name in Simplified Chinese. */
  @NotBlank
  @PlainText
  @Size(max = 200)
  public abstract String nameZh();

  /** The items, in the order they are checked; ids unique. */
  @NotEmpty
  @Size(max = 200)
  public abstract List<@Valid ChecklistItem> items();

  /** The item with {@code itemId}. */
  public Optional<ChecklistItem> item(String itemId) {
    return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /**
   * The default checklist: ten points drawn from the measures of the source document (登記、測溫、
   * 查驗兩碼、消殺、物資、錯峰就餐、行程排查、責任人在崗、預案、宣傳).
   */
  public static Checklist defaults() {
    return builder().id(DEFAULT_ID)
        .nameEn("Epidemic prevention: ten points in place")
        .nameZh("疫情防控“十个到位”检查表")
        .addItems(
            ChecklistItem.of("registration", "Everyone entering is registered and the ledger is complete",
                "进出人员逐一登记，人员登记台账完整"),
            ChecklistItem.of("temperature", "Everyone entering has their temperature taken",
                "进入人员一律测温"),
            ChecklistItem.of("codes", "Health code and itinerary code checked for staff and visitors alike",
                "职工和访客一律查验健康码、行程码"),
            ChecklistItem.of("disinfection", "Disinfection done and recorded as often as required",
                "按规定频次消杀并记录"),
            ChecklistItem.of("supplies", "Prevention supplies fully equipped and within their expiry",
                "防疫物资配备齐全且在有效期内"),
            ChecklistItem.of("staggered-dining", "Staff canteen runs staggered sittings",
                "职工食堂分时段错峰就餐"),
            ChecklistItem.of("travel-screening", "Staff itineraries screened; trips declared and approved",
                "职工行程排查到位，外出报备审批"),
            ChecklistItem.of("responsible-on-duty", "The named responsible person is on duty",
                "场所责任人在岗，责任到人"),
            ChecklistItem.of("contingency-plan", "A contingency plan is drawn up and rehearsed",
                "应急预案制定并演练到位"),
            ChecklistItem.of("publicity", "Prevention publicity done; no rumours believed, spread or invented",
                "防疫宣传到位，不信谣、不传谣、不造谣"))
        .build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Checklist}s. */
  public static final class Builder extends ImmutableChecklist.Builder {}

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < items().size(); i++) {
        if (!seen.add(items().get(i).id())) {
          v.add(CordonErrors.checklistItemTwice("items[" + i + "].id", items().get(i).id()));
        }
      }
    });
  }
}
