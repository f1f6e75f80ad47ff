package dev.cordon.adapters.jdbc;

import dev.cordon.core.storage.Storage;
import dev.cordon.spi.storage.StorageOptions;
import dev.cordon.spi.storage.StorageProvider;

/**
 * The {@code jdbc} storage provider: opens {@code jdbc:sqlite:…} (the embedded default, e.g.
 * {@value JdbcStorage#SQLITE_DEFAULT_URL}), {@code jdbc:h2:…} and {@code jdbc:postgresql://…} URLs as a
 * {@link JdbcStorage}. Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.cordon.spi.storage.StorageProvider}; the settings it reads from
 * {@link StorageOptions} are listed in {@link JdbcOptions}.
 */
public final class JdbcStorageProvider implements StorageProvider {
  /** The provider id. */
  public static final String ID = "jdbc";

  /** The provider, as {@link java.util.ServiceLoader} creates it. */
  public JdbcStorageProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean supports(String url) {
    return JdbcStorage.supports(url);
  }

  @Override
  public Storage open(String url, StorageOptions options) {
    return JdbcStorage.open(url, JdbcOptions.from(options));
  }

  @Override
  public String artifact() {
    return "dev.cordon:cordon-adapters-jdbc (plus org.postgresql:postgresql for PostgreSQL)";
  }

  @Override
  public String schemes() {
    return "jdbc:sqlite:, jdbc:h2:, jdbc:postgresql:";
  }
}
