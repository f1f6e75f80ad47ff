package dev.cordon.spi.memory;

import dev.cordon.core.storage.Storage;
import dev.cordon.spi.storage.StorageOptions;
import dev.cordon.spi.storage.StorageProvider;

/**
 * The {@code memory:} storage provider: a fresh {@link MemoryStorage} for every open. For tests,
 * demos and short-lived jobs; nothing is kept after {@code close()}.
 */
public final class MemoryStorageProvider implements StorageProvider {
  /** The provider id. */
  public static final String ID = "memory";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean supports(String url) {
    return url != null && url.startsWith("memory:");
  }

  @Override
  public Storage open(String url, StorageOptions options) {
    return new MemoryStorage(url, options.zone());
  }

  @Override
  public String artifact() {
    return "dev.cordon:cordon-spi";
  }

  @Override
  public String schemes() {
    return "memory:";
  }
}
