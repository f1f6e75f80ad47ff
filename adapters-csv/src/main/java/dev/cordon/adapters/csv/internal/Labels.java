package dev.cordon.adapters.csv.internal;

import dev.cordon.core.duty.Role;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.Rank;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.site.EntryCheck;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.core.travel.ApprovalStatus;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.TravelState;
import dev.cordon.core.validation.CordonValidationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Enumerated values as ledgers write them: the constant's name in any case ({@code visitor},
 * {@code WRITE_OFF}, {@code write off}) or its Chinese label in simplified or traditional
 * characters ({@code 访客}/{@code 訪客}, {@code 报废}/{@code 報廢}).
 */
public final class Labels {
  private static final Map<Class<?>, Map<String, Enum<?>>> LABELS = new HashMap<>();

  static {
    put(UnitKind.GROUP, "集团", "集團");
    put(UnitKind.HEAD_OFFICE_DEPARTMENT, "机关部室", "機關部室");
    put(UnitKind.GRASSROOTS_UNIT, "基层单位", "基層單位");
    put(UnitKind.PROPERTY_SERVICE, "物业公司", "物業公司");
    put(UnitKind.OTHER, "其他");
    put(PersonCategory.EMPLOYEE, "职工", "職工", "员工", "員工");
    put(PersonCategory.VISITOR, "访客", "訪客", "来访人员", "來訪人員");
    put(PersonCategory.CONTRACTOR, "外包", "施工人员", "施工人員", "外包人员", "外包人員", "承包商",
        "承包商人员", "承包商人員");
    put(Rank.GROUP_LEADER, "集团领导", "集團領導");
    put(Rank.UNIT_PRINCIPAL, "单位负责人", "單位負責人");
    put(Rank.STAFF, "职工", "職工", "员工", "員工");
    put(SiteKind.SERVICE_HALL, "营业厅", "營業廳");
    put(SiteKind.CANTEEN, "食堂");
    put(SiteKind.OFFICE_BUILDING, "办公楼", "辦公樓");
    put(SiteKind.HEATING_STATION, "换热站", "換熱站");
    put(SiteKind.DORMITORY, "宿舍");
    put(SiteKind.WAREHOUSE, "仓库", "倉庫");
    put(SiteKind.OTHER, "其他");
    put(SupplyKind.MASK, "口罩");
    put(SupplyKind.DISINFECTANT, "消毒液", "消毒剂", "消毒劑", "消毒用品");
    put(SupplyKind.THERMOMETER, "体温计", "體溫計", "测温枪", "測溫槍", "额温枪", "額溫槍");
    put(SupplyKind.HAND_SANITISER, "免洗洗手液", "洗手液", "手消毒液", "速干手消毒剂", "速乾手消毒劑");
    put(SupplyKind.GLOVES, "手套");
    put(SupplyKind.PROTECTIVE_SUIT, "防护服", "防護服");
    put(SupplyKind.OTHER, "其他");
    put(EntryCheck.TEMPERATURE, "测温", "測溫", "体温", "體溫");
    put(EntryCheck.HEALTH_CODE, "健康码", "健康碼");
    put(EntryCheck.ITINERARY_CODE, "行程码", "行程碼", "行程卡");
    put(EntryCheck.REGISTRATION, "登记", "登記");
    put(Decision.ADMITTED, "放行", "准入", "准予进入", "准予進入");
    put(Decision.DENIED, "劝返", "勸返", "拒绝进入", "拒絕進入");
    put(Decision.REFERRED, "转介", "轉介", "复检", "復檢");
    put(PurposeKind.BUSINESS, "公务", "公務", "出差");
    put(PurposeKind.MEDICAL, "就医", "就醫");
    put(PurposeKind.FAMILY_EMERGENCY, "家庭急事");
    put(PurposeKind.PERSONAL, "个人事务", "個人事務", "私事");
    put(PurposeKind.OTHER, "其他");
    put(ApprovalStatus.PENDING, "待审批", "待審批");
    put(ApprovalStatus.APPROVED, "批准", "同意", "审批通过", "審批通過");
    put(ApprovalStatus.REJECTED, "不批准", "驳回", "駁回");
    put(TravelState.DECLARED, "已报备", "已報備");
    put(TravelState.APPROVED, "已批准");
    put(TravelState.REJECTED, "未批准");
    put(TravelState.DEPARTED, "已出行");
    put(TravelState.RETURNED, "已返回");
    put(TravelState.CLOSED, "已办结", "已辦結");
    put(MovementKind.RECEIPT, "入库", "入庫");
    put(MovementKind.TRANSFER, "调拨", "調撥", "发放", "發放");
    put(MovementKind.CONSUMPTION, "领用", "領用", "消耗");
    put(MovementKind.WRITE_OFF, "报废", "報廢");
    put(MovementKind.STOCKTAKE, "盘点", "盤點");
    put(Role.LIAISON_LEADER, "联系点领导", "聯繫點領導");
    put(Role.SUPERVISING_LEADER, "分管领导", "分管領導");
    put(Role.SITE_RESPONSIBLE, "场所责任人", "場所責任人");
    put(Role.UNIT_PRINCIPAL, "单位负责人", "單位負責人");
    put(Role.PREVENTION_OFFICE, "防控办", "防控辦");
    put(RiskLevel.LOW, "低", "低风险", "低風險");
    put(RiskLevel.MEDIUM, "中", "中风险", "中風險");
    put(RiskLevel.HIGH, "高", "高风险", "高風險");
  }

  private Labels() {}

  /**
   * The constant of {@code type} that {@code cell} names.
   *
   * @throws dev.cordon.core.validation.CordonValidationException {@code CORDON-CSV-008} naming the
   *     allowed values
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String column, String cell) {
    String s = Values.normalise(cell);
    String name = s.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    Enum<?> labelled = LABELS.getOrDefault(type, Map.of()).get(s);
    if (labelled != null) {
      return type.cast(labelled);
    }
    throw new CordonValidationException(CsvErrors.notOneOf(column, s,
        Arrays.toString(type.getEnumConstants())));
  }

  private static void put(Enum<?> value, String... labels) {
    Map<String, Enum<?>> m = LABELS.computeIfAbsent(value.getDeclaringClass(), c -> new HashMap<>());
    for (String l : labels) {
      m.put(l, value);
    }
  }
}
