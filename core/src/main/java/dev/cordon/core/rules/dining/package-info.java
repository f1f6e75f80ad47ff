/** The canteen rules (API tier): CANTEEN-* rules over adopted dining plans (錯峰就餐方案) and the entry ledger. */
package dev.cordon.core.rules.dining;
