package dev.cordon.examples;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for work that takes longer than a second, drawn only when the
 * command runs on a terminal ({@code System.console() != null}); otherwise it draws nothing, so
 * pipes, logs and tests see clean output. With a known total it shows a proportion, else a moving
 * bar with the time elapsed.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private final Thread ticker;
  private volatile String label;
  private volatile long done;
  private volatile long total;
  private volatile boolean drawn;
  private volatile boolean closed;

  private Progress(PrintWriter err, String label, long total, boolean enabled) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.enabled = enabled;
    if (enabled) {
      ticker = new Thread(this::tick, "cordon-progress");
      ticker.setDaemon(true);
      ticker.start();
    } else {
      ticker = null;
    }
  }

  /** A bar for {@code label}; {@code total} ≤ 0 when unknown. Drawn on a terminal only. */
  static Progress start(PrintWriter err, String label, long total) {
    return new Progress(err, label, total, System.console() != null);
  }

  /** The work done so far, out of the total. */
  void update(long doneSoFar, long newTotal) {
    this.done = doneSoFar;
    if (newTotal > 0) {
      this.total = newTotal;
    }
  }

  /** A new label for the same bar. */
  void label(String text) {
    this.label = text;
  }

  private void tick() {
    while (!closed) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
      if (!closed && System.nanoTime() - started > DELAY_NANOS) {
        draw();
      }
    }
  }

  private synchronized void draw() {
    if (closed) {
      return;
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    StringBuilder bar = new StringBuilder("\r[");
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, done * WIDTH / total);
      bar.append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
          .append(Math.min(100, done * 100 / total)).append("% ");
    } else {
      int pos = (int) (seconds % WIDTH);
      bar.append(" ".repeat(pos)).append("###", 0, Math.min(3, WIDTH - pos))
          .append(" ".repeat(Math.max(0, WIDTH - pos - 3))).append("] ");
    }
    bar.append(label).append(" (").append(seconds).append(" s)");
    err.print(bar);
    err.print("\u001B[K");
    err.flush();
    drawn = true;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (ticker != null) {
      ticker.interrupt();
    }
    if (enabled && drawn) {
      err.print("\r\u001B[K");
      err.flush();
    }
  }
}
