package dev.cordon.tck.internal;

import java.util.List;
import java.util.stream.Stream;

/** Reading the streams the ports return, closing them as their Javadoc asks. */
public final class Streams {
  private Streams() {}

  /** The elements of {@code stream}, in order; the stream is closed. */
  public static <T> List<T> list(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }
}
