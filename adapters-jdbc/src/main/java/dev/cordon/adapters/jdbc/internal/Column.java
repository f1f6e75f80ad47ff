package dev.cordon.adapters.jdbc.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;

/**
 * A plain column copied from a record so that queries can filter and sort on it; the record itself
 * is in the {@code body} column.
 *
 * @param name the column name
 * @param sqlType its {@link Types} code, used to bind nulls
 * @param value the value of a record, null for SQL NULL
 */
record Column<V>(String name, int sqlType, Function<V, Object> value) {
  static <V> Column<V> text(String name, Function<V, Object> value) {
    return new Column<>(name, Types.VARCHAR, value);
  }

  static <V> Column<V> date(String name, Function<V, Object> value) {
    return new Column<>(name, Types.DATE, value);
  }

  static <V> Column<V> instant(String name, Function<V, Object> value) {
    return new Column<>(name, Types.TIMESTAMP_WITH_TIMEZONE, value);
  }

  static <V> Column<V> integer(String name, Function<V, Object> value) {
    return new Column<>(name, Types.INTEGER, value);
  }

  static <V> Column<V> decimal(String name, Function<V, Object> value) {
    return new Column<>(name, Types.NUMERIC, value);
  }

  /**
   * Binds one parameter; optional values, ids and enums become their plain SQL value. On SQLite, which
   * has no date types, an instant is bound as {@link Dialect#instantMicros microseconds since the
   * epoch} and a date as ISO text, so that their order is time order.
   */
  static void bind(Dialect dialect, PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    if (v == null) {
      ps.setNull(index, dialect == Dialect.SQLITE && sqlType != Types.INTEGER && sqlType != Types.NUMERIC
          && sqlType != Types.TIMESTAMP_WITH_TIMEZONE ? Types.VARCHAR : sqlType);
    } else if (v instanceof Instant i) {
      if (dialect == Dialect.SQLITE) {
        ps.setLong(index, Dialect.instantMicros(i));
      } else {
        ps.setObject(index, OffsetDateTime.ofInstant(i, ZoneOffset.UTC));
      }
    } else if (v instanceof LocalDate d) {
      if (dialect == Dialect.SQLITE) {
        ps.setString(index, d.toString());
      } else {
        ps.setObject(index, d);
      }
    } else if (v instanceof BigDecimal b) {
      if (dialect == Dialect.SQLITE) {
        // stored with NUMERIC affinity; a double compares with the stored value exactly
        ps.setDouble(index, b.doubleValue());
      } else {
        ps.setBigDecimal(index, b);
      }
    } else if (v instanceof Integer n) {
      ps.setInt(index, n);
    } else if (v instanceof Boolean b) {
      ps.setBoolean(index, b);
    } else if (v instanceof Enum<?> e) {
      ps.setString(index, e.name());
    } else {
      // ids are records whose toString() is their value
      ps.setString(index, v.toString());
    }
  }

  /** Binds the parameters in order, starting at 1; returns the next index. */
  static int bindAll(Dialect dialect, PreparedStatement ps, int first, Object... values) throws SQLException {
    int i = first;
    for (Object v : values) {
      bind(dialect, ps, i++, v, v instanceof Instant ? Types.TIMESTAMP_WITH_TIMEZONE
          : v instanceof LocalDate ? Types.DATE : Types.VARCHAR);
    }
    return i;
  }
}
