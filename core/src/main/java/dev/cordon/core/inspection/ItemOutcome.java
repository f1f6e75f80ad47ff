package dev.cordon.core.inspection;

/** What an inspector found for one checklist item. */
public enum ItemOutcome {
  /** In place (到位). */
  PASSED,
  /** Not in place (不到位): becomes a finding. */
  FAILED,
  /** Does not apply here (不適用), e.g. staggered dining at a site without a canteen. */
  NOT_APPLICABLE
}
