package dev.cordon.spi.storage;

import dev.cordon.core.storage.Storage;

/**
 * A storage plug-in (存儲提供者): opens a {@link Storage} for the URLs it supports, such as
 * {@code memory:}, {@code jdbc:h2:…} or {@code jdbc:postgresql://…}.
 *
 * <p>Register an implementation in {@code META-INF/services/dev.cordon.spi.storage.StorageProvider}
 * (and keep the file when you shade: Maven Shade's {@code ServicesResourceTransformer}). Cordon
 * picks the one provider whose {@link #supports(String)} accepts the URL; none or two is a
 * configuration error. Implementations need a public no-argument constructor and must pass the
 * conformance kit ({@code cordon-tck}).
 */
public interface StorageProvider {
  /**
   * A short, stable id, e.g. {@code memory} or {@code jdbc}.
   *
   * @return a short, stable id, e.g. {@code memory} or {@code jdbc}
   */
  String id();

  /**
   * Whether this provider opens {@code url}. Must not throw and must not open anything.
   *
   * @param url the storage URL
   * @return whether this provider opens {@code url}
   */
  boolean supports(String url);

  /**
   * Opens the storage at {@code url}.
   *
   * @param url the storage URL
   * @param options the options
   * @return the storage at {@code url}
   * @throws dev.cordon.core.CordonConfigurationException if the URL or options are unusable
   * @throws dev.cordon.core.CordonStorageException if the storage cannot be reached
   */
  Storage open(String url, StorageOptions options);

  /**
   * The Maven coordinates that bring this provider, named in discovery errors.
   *
   * @return the Maven coordinates that bring this provider, named in discovery errors
   */
  default String artifact() {
    return "(unknown artifact)";
  }

  /**
   * The URL schemes this provider claims, for error messages, e.g. {@code jdbc:h2:}.
   *
   * @return the URL schemes this provider claims, for error messages, e.g. {@code jdbc:h2:}
   */
  default String schemes() {
    return id() + ":";
  }
}
