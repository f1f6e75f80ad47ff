/**
 * Staggered canteen sittings (API tier): 錯峰就餐 / 分時段就餐. The {@link
 * dev.cordon.core.dining.DiningPlanner} puts units into sittings under the canteen's seats × the
 * policy's density (就餐密度) with a cleaning gap (消殺間隔) between sittings; a {@link
 * dev.cordon.core.dining.DiningPlan} is the result, and {@link dev.cordon.core.dining.DiningPlanCheck}
 * holds the checks behind the CANTEEN-OVER-CAPACITY rule.
 */
package dev.cordon.core.dining;
