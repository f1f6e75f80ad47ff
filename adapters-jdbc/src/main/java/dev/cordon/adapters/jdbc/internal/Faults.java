package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.CordonStorageException;
import dev.cordon.core.CordonStorageException.Fault;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Database faults as users can act on them: what kind of fault (locked by another process, read-only,
 * not a Cordon database, unreachable, …), in plain words, with the SQLState and a masked summary of
 * the driver's text. The driver's exception is never kept as the cause: drivers quote row values
 * (PostgreSQL's {@code BatchUpdateException} carries the whole row, {@code Key (id)=(…)} names a
 * key), and whatever leaves the library must hold no personal value.
 */
public final class Faults {
  /** Quoted or bracketed text, where drivers put values: removed from the summary. */
  private static final Pattern QUOTED = Pattern.compile("'[^']*'?|\"[^\"]*\"?|\\([^()]*\\)|\\[[^\\]]*]|\\{[^}]*}");
  /** Runs of digits long enough to be a phone or ID number, and anything after a VALUES keyword. */
  private static final Pattern DIGITS = Pattern.compile("\\d{5,}[\\dXx]*");
  private static final Pattern VALUES = Pattern.compile("(?is)\\bvalues\\b.*");
  private static final int SUMMARY_LENGTH = 160;

  private Faults() {}

  /** A storage exception for {@code operation} on the database at {@code url}, failing with {@code e}. */
  public static CordonStorageException of(String operation, String url, SQLException e) {
    Fault fault = classify(e);
    String state = e.getSQLState();
    StringBuilder message = new StringBuilder("Cordon could not ").append(operation).append(" on ").append(url)
        .append(": ").append(describe(fault, e)).append(" (SQLState ").append(state == null ? "none" : state);
    if (e.getErrorCode() != 0) {
      message.append(", error ").append(e.getErrorCode());
    }
    String summary = summary(e);
    if (!summary.isEmpty()) {
      message.append("; the database said: ").append(summary);
    }
    message.append(").");
    return new CordonStorageException(message.toString(), fault, state, null);
  }

  /** The kind of fault {@code e} reports, from its SQLState, vendor code and cause chain. */
  public static Fault classify(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
          || t instanceof SocketTimeoutException) {
        return Fault.UNREACHABLE;
      }
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (isSqlite(e)) {
      switch (code & 0xff) {
        case 5, 6:
          return Fault.LOCKED;         // SQLITE_BUSY, SQLITE_LOCKED
        case 8:
          return Fault.READ_ONLY;      // SQLITE_READONLY
        case 11:
          return Fault.CORRUPT;        // SQLITE_CORRUPT
        case 13:
          return Fault.FULL;           // SQLITE_FULL
        case 26:
          return Fault.NOT_A_CORDON_DATABASE; // SQLITE_NOTADB
        default:
          break;
      }
    }
    if (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")) {
      return Fault.UNREACHABLE;
    }
    if (state.equals("25006") || code == 90097 /* H2: database is read only */) {
      return Fault.READ_ONLY;
    }
    if (state.equals("55P03") || state.equals("HYT00") || code == 90020 /* H2: file in use */
        || text.contains("locked by another process")) {
      return Fault.LOCKED;
    }
    if (state.equals("53100") || code == 90100 /* H2: no space */) {
      return Fault.FULL;
    }
    if (state.equals("XX001") || state.equals("XX002") || code == 90030 /* H2: file corrupted */) {
      return Fault.CORRUPT;
    }
    return Fault.OTHER;
  }

  private static boolean isSqlite(SQLException e) {
    return e.getClass().getName().startsWith("org.sqlite.");
  }

  /** The fault in plain words. */
  static String describe(Fault fault, SQLException e) {
    return switch (fault) {
      case UNREACHABLE -> "the database is unreachable (" + unreachableWhy(e) + ")";
      case LOCKED -> "the database is locked by another process or connection; wait for it to finish, or stop it";
      case READ_ONLY -> "the database is read-only (the file, its directory or the connection does not allow writing)";
      case NOT_A_CORDON_DATABASE -> "the file is not a Cordon database";
      case CORRUPT -> "the database file is damaged; restore it from a backup";
      case FULL -> "the disk or the database is full";
      case CLOSED -> "the storage is closed";
      case OTHER -> "the database refused the statement";
    };
  }

  private static String unreachableWhy(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "connection refused";
      }
      if (t instanceof UnknownHostException) {
        return "unknown host";
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host";
      }
      if (t instanceof SocketTimeoutException) {
        return "timed out";
      }
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("28")) {
      return "authentication failed: check the user and password";
    }
    if (state.equals("3D000")) {
      return "no such database";
    }
    return "no connection";
  }

  /**
   * The driver's first line with every quoted or bracketed part, every long number and everything
   * after {@code VALUES} removed, cut to a readable length: what the database said, without the data
   * it quoted.
   */
  public static String summary(SQLException e) {
    return summary(e.getMessage());
  }

  /** {@link #summary(SQLException)} of any message a database or a migration tool wrote. */
  public static String summary(String m) {
    if (m == null) {
      return "";
    }
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    line = VALUES.matcher(line).replaceAll("VALUES …");
    String before;
    do {
      before = line;
      line = QUOTED.matcher(line).replaceAll("…");
    } while (!line.equals(before));
    line = DIGITS.matcher(line).replaceAll("…").replaceAll("\\s+", " ").trim();
    // anything left that is not plain ASCII may be a name: keep the words a driver writes in English
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      out.append(ch < 0x80 || ch == '…' ? ch : '*');
    }
    String s = out.toString();
    return s.length() <= SUMMARY_LENGTH ? s : s.substring(0, SUMMARY_LENGTH) + "…";
  }
}
