package dev.cordon.core.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How balances follow from the stock ledger (賬實相符) — the one definition every storage provider
 * honours.
 *
 * <p>Movements are applied in order of instant, then id. Stock coming in (a receipt, the receiving
 * side of a transfer) is added to its lot. Stock going out (the sending side of a transfer, a
 * consumption, a write-off) is taken from the lot it names, and otherwise — or for what that lot
 * cannot cover — first-expired, first-out (lots without an expiry last). A stocktake sets the lot it
 * names, or without a lot the whole balance, to the counted quantity: a shortfall is taken
 * first-expired, first-out; a surplus is added to the unnamed lot. Superseded movements are not
 * applied.
 *
 * <p>The running balance (結存) of a holding is its balance, all lots together, right after each of
 * its movements in that order. The stock guard ({@code CORDON-SUPPLY-004}) keeps it at or above zero
 * at every point: a movement, whatever its date, is refused when the running balance would go
 * below zero at its own point or at any later one ({@link #firstShortfall}). Two consequences of the
 * order: movements at the same instant count in order of id, so a consumption at the instant of a
 * receipt needs an id that sorts after the receipt's; and a stocktake without a lot resets the
 * running balance to the count, so movements before it cannot make a point after it negative,
 * while a count lower than what later movements take is itself refused.
 */
public final class StockBook {
  private static final Comparator<Bucket> FEFO = Comparator
      .comparing((Bucket b) -> b.expiry, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(b -> b.lot, Comparator.nullsFirst(Comparator.naturalOrder()));

  private StockBook() {}

  /**
   * The position of {@code holding} after every movement in {@code movements} with an instant
   * before {@code asOf} (all of them if {@code asOf} is null).
   *
   * @param movements the current (not superseded) movements touching the holding, in any order
   */
  public static StockPosition position(Holding holding, Iterable<StockMovement> movements, Instant asOf) {
    List<StockMovement> ordered = new ArrayList<>();
    for (StockMovement m : movements) {
      if (asOf == null || m.at().isBefore(asOf)) {
        ordered.add(m);
      }
    }
    ordered.sort(Comparator.comparing(StockMovement::at).thenComparing(StockMovement::id));
    List<Bucket> buckets = new ArrayList<>();
    for (StockMovement m : ordered) {
      apply(holding, m, buckets);
    }
    buckets.removeIf(b -> b.quantity.signum() == 0);
    buckets.sort(FEFO);
    BigDecimal balance = buckets.stream().map(b -> b.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new StockPosition(holding, balance, buckets.stream()
        .map(b -> new Lot(Optional.ofNullable(b.lot), Optional.ofNullable(b.expiry), b.quantity))
        .toList());
  }

  /**
   * The first point, from {@code from} on, at which the running balance of {@code holding} is below
   * zero; empty when there is none. Points are the movements in order of instant, then id; a point
   * before {@code from} is not looked at (null: every point).
   *
   * @param movements the current (not superseded) movements touching the holding, in any order
   */
  public static Optional<StockShortfall> firstShortfall(Holding holding, Iterable<StockMovement> movements,
      Instant from) {
    List<StockMovement> ordered = new ArrayList<>();
    for (StockMovement m : movements) {
      if (touches(holding, m)) {
        ordered.add(m);
      }
    }
    ordered.sort(Comparator.comparing(StockMovement::at).thenComparing(StockMovement::id));
    List<Bucket> buckets = new ArrayList<>();
    for (StockMovement m : ordered) {
      apply(holding, m, buckets);
      BigDecimal balance = sum(buckets);
      if (balance.signum() < 0 && (from == null || !m.at().isBefore(from))) {
        return Optional.of(new StockShortfall(holding, m.at(), m.id(), balance));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code m} changes the stock of {@code h}: same item, and its holder or destination. */
  private static boolean touches(Holding h, StockMovement m) {
    return m.item().equals(h.item())
        && (m.holder().equals(h.holder()) || m.destination().filter(h.holder()::equals).isPresent());
  }

  private static BigDecimal sum(List<Bucket> buckets) {
    return buckets.stream().map(b -> b.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The holdings whose stock {@code m} changes: its holder and, for a transfer, its destination. */
  public static List<Holding> holdingsOf(StockMovement m) {
    List<Holding> out = new ArrayList<>(2);
    out.add(new Holding(m.holder(), m.item()));
    m.destination().ifPresent(d -> out.add(new Holding(d, m.item())));
    return out;
  }

  private static void apply(Holding h, StockMovement m, List<Bucket> buckets) {
    boolean isHolder = m.holder().equals(h.holder());
    boolean isDestination = m.destination().filter(h.holder()::equals).isPresent();
    if (!m.item().equals(h.item()) || !isHolder && !isDestination) {
      return;
    }
    String lot = m.lot().orElse(null);
    LocalDate expiry = m.expiry().orElse(null);
    switch (m.kind()) {
      case RECEIPT -> bucket(buckets, lot, expiry).quantity = bucket(buckets, lot, expiry).quantity.add(m.quantity());
      case TRANSFER -> {
        if (isHolder) {
          take(buckets, lot, m.quantity());
        } else {
          Bucket b = bucket(buckets, lot, expiry);
          b.quantity = b.quantity.add(m.quantity());
        }
      }
      case CONSUMPTION, WRITE_OFF -> take(buckets, lot, m.quantity());
      case STOCKTAKE -> {
        if (lot != null) {
          Bucket b = bucket(buckets, lot, expiry);
          BigDecimal diff = m.quantity().subtract(b.quantity);
          b.quantity = m.quantity();
          if (b.quantity.signum() < 0) {
            b.quantity = BigDecimal.ZERO;
          }
          Objects.requireNonNull(diff);
        } else {
          BigDecimal total = buckets.stream().map(x -> x.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal diff = m.quantity().subtract(total);
          if (diff.signum() < 0) {
            take(buckets, null, diff.negate());
          } else if (diff.signum() > 0) {
            Bucket b = bucket(buckets, null, null);
            b.quantity = b.quantity.add(diff);
          }
        }
      }
    }
  }

  /** Takes {@code quantity} from the named lot, then first-expired first-out; a shortfall goes negative. */
  private static void take(List<Bucket> buckets, String lot, BigDecimal quantity) {
    BigDecimal left = quantity;
    if (lot != null) {
      for (Bucket b : buckets) {
        if (lot.equals(b.lot) && b.quantity.signum() > 0) {
          BigDecimal t = b.quantity.min(left);
          b.quantity = b.quantity.subtract(t);
          left = left.subtract(t);
        }
      }
    }
    List<Bucket> fefo = new ArrayList<>(buckets);
    fefo.sort(FEFO);
    for (Bucket b : fefo) {
      if (left.signum() == 0) {
        return;
      }
      if (b.quantity.signum() > 0) {
        BigDecimal t = b.quantity.min(left);
        b.quantity = b.quantity.subtract(t);
        left = left.subtract(t);
      }
    }
    if (left.signum() > 0) {
      Bucket b = bucket(buckets, null, null);
      b.quantity = b.quantity.subtract(left);
    }
  }

  private static Bucket bucket(List<Bucket> buckets, String lot, LocalDate expiry) {
    for (Bucket b : buckets) {
      if (Objects.equals(b.lot, lot) && Objects.equals(b.expiry, expiry)) {
        return b;
      }
    }
    Bucket b = new Bucket(lot, expiry);
    buckets.add(b);
    return b;
  }

  private static final class Bucket {
    final String lot;
    final LocalDate expiry;
    BigDecimal quantity = BigDecimal.ZERO;

    Bucket(String lot, LocalDate expiry) {
      this.lot = lot;
      this.expiry = expiry;
    }
  }
}
