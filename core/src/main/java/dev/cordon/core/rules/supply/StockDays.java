package dev.cordon.core.rules.supply;

import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockPosition;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Stock positions as of the end of each day of a check run: every holding's movements are read from
 * storage once, then replayed in memory per day ({@link StockBook}).
 */
final class StockDays {
  private final RuleContext ctx;
  private final Map<Holding, List<StockMovement>> movements = new HashMap<>();
  private final Map<Holding, Map<LocalDate, StockPosition>> positions = new HashMap<>();

  StockDays(RuleContext ctx) {
    this.ctx = ctx;
  }

  /** Every holding with movements. */
  List<Holding> holdings() {
    return ctx.records().holdings();
  }

  /** The position of {@code holding} at the end of {@code day} (local midnight starting the next day). */
  StockPosition endOf(Holding holding, LocalDate day) {
    List<StockMovement> ms = movements.computeIfAbsent(holding, h -> {
      try (Stream<StockMovement> s = ctx.records().movementsOf(h)) {
        return s.toList();
      }
    });
    return positions.computeIfAbsent(holding, h -> new HashMap<>()).computeIfAbsent(day,
        d -> StockBook.position(holding, ms, d.plusDays(1).atStartOfDay(ctx.zone()).toInstant()));
  }
}
