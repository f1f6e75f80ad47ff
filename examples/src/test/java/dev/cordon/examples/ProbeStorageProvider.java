package dev.cordon.examples;

import dev.cordon.core.storage.Storage;
import dev.cordon.spi.memory.MemoryStorage;
import dev.cordon.spi.storage.StorageOptions;
import dev.cordon.spi.storage.StorageProvider;
import java.util.Map;

/**
 * A storage provider for {@code probe:} URLs that remembers the settings the command line passed
 * and stores in memory; discovered through the test class path's {@code META-INF/services}.
 */
public final class ProbeStorageProvider implements StorageProvider {
  private static volatile Map<String, String> lastSettings;

  /** The settings of the last {@code probe:} storage opened. */
  static Map<String, String> lastSettings() {
    return lastSettings;
  }

  @Override
  public String id() {
    return "probe";
  }

  @Override
  public boolean supports(String url) {
    return url != null && url.startsWith("probe:");
  }

  @Override
  public Storage open(String url, StorageOptions options) {
    lastSettings = options.settings();
    return new MemoryStorage(url, options.zone());
  }
}
