/** The inspection rules (API tier): failed checklist items of inspections (檢查督導) as findings. */
package dev.cordon.core.rules.inspection;
