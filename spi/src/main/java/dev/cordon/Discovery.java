package dev.cordon;

import dev.cordon.core.CordonConfigurationException;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deterministic, loud {@link ServiceLoader} discovery: a provider that fails to load is logged with
 * its class name and skipped; zero or two matches fail with every provider seen. Package-private:
 * only {@link Cordon} discovers.
 */
final class Discovery {
  private static final Logger LOG = LoggerFactory.getLogger(Discovery.class);

  private Discovery() {}

  /** A provider seen on the class path, or one that failed to load. */
  record Seen<T>(T provider, String id, String className, String jar, String failure) {
    @Override
    public String toString() {
      return failure == null ? id + " (" + className + " from " + jar + ")"
          : className + " (failed to load: " + failure + ")";
    }
  }

  /** Every provider of {@code type} that {@code loader} can see, sorted by class name. */
  static <T> List<Seen<T>> load(Class<T> type, ClassLoader loader, Function<T, String> idOf) {
    List<Seen<T>> seen = new ArrayList<>();
    ServiceLoader<T> sl = ServiceLoader.load(type, loader);
    var it = sl.stream().iterator();
    while (true) {
      ServiceLoader.Provider<T> p;
      try {
        if (!it.hasNext()) {
          break;
        }
        p = it.next();
      } catch (ServiceConfigurationError e) {
        LOG.warn("Cordon skipped a {} that could not be found: {}", type.getSimpleName(), e.getMessage());
        seen.add(new Seen<>(null, null, String.valueOf(e.getMessage()), "?", e.getMessage()));
        continue;
      }
      String className = p.type().getName();
      try {
        T provider = p.get();
        seen.add(new Seen<>(provider, idOf.apply(provider), className, jarOf(p.type()), null));
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        String why = e.getCause() != null ? e.getCause().toString() : e.toString();
        LOG.warn("Cordon skipped the {} {}: it failed to load: {}", type.getSimpleName(), className, why);
        seen.add(new Seen<>(null, null, className, jarOf(p.type()), why));
      }
    }
    seen.sort(Comparator.comparing(Seen::className));
    return seen;
  }

  /** The one loaded provider matching {@code test}; none or several is a configuration error. */
  static <T> T choose(List<Seen<T>> seen, Predicate<T> test, String what, String key,
      String hint) {
    List<Seen<T>> matches = seen.stream()
        .filter(s -> s.provider() != null)
        .filter(s -> {
          try {
            return test.test(s.provider());
          } catch (RuntimeException e) {
            LOG.warn("Cordon ignored {} while choosing a {}: it threw {}", s.className(), what, e.toString());
            return false;
          }
        })
        .toList();
    String all = seen.isEmpty() ? "none" : seen.stream().map(Seen::toString).collect(Collectors.joining("; "));
    if (matches.isEmpty()) {
      throw new CordonConfigurationException("No " + what + " for '" + key + "'. Providers seen: "
          + all + ". " + hint);
    }
    if (matches.size() > 1) {
      throw new CordonConfigurationException("More than one " + what + " claims '" + key + "': "
          + matches.stream().map(Seen::toString).collect(Collectors.joining("; "))
          + ". Remove one of them from the class path, or pass the provider instance explicitly.");
    }
    return matches.get(0).provider();
  }

  static String jarOf(Class<?> type) {
    try {
      CodeSource cs = type.getProtectionDomain().getCodeSource();
      URL location = cs == null ? null : cs.getLocation();
      if (location == null) {
        return "(unknown location)";
      }
      String path = location.getPath();
      int slash = path.lastIndexOf('/', path.endsWith("/") ? path.length() - 2 : path.length());
      return slash >= 0 ? path.substring(slash + 1) : path;
    } catch (SecurityException e) {
      return "(unknown location)";
    }
  }
}
