/**
 * Inspections (API tier): inspections and supervision (檢查督導) of sites and units against a
 * configurable checklist (檢查表), whose failed items become findings [R2, R4].
 */
package dev.cordon.core.inspection;
