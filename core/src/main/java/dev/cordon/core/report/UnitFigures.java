package dev.cordon.core.report;

import dev.cordon.core.org.UnitId;
import java.util.Optional;

/**
 * One unit's row of the daily report: its own figures and its subtree's totals (itself included).
 *
 * @param unit the unit
 * @param name the unit's name
 * @param parent its parent
 * @param depth 0 for the report's root, 1 for its children, …
 * @param own the unit's own figures
 * @param subtree the figures of the unit and every unit below it
 */
public record UnitFigures(UnitId unit, String name, Optional<UnitId> parent, int depth, Figures own,
    Figures subtree) {}
