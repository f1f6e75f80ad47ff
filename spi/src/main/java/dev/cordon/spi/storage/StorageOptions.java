package dev.cordon.spi.storage;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Options passed to {@link StorageProvider#open}: the zone in which days are counted and free-form
 * provider settings (e.g. {@code migrate=false}, {@code user}, {@code password}, {@code poolSize}).
 *
 * @param zone the policy's time zone (used for day partitions and date queries)
 * @param settings provider settings; values that are secrets are never logged
 */
public record StorageOptions(ZoneId zone, Map<String, String> settings) {
  /**
   * Default options: Asia/Shanghai, no settings.
   *
   * @return default options: Asia/Shanghai, no settings
   */
  public static StorageOptions defaults() {
    return new StorageOptions(ZoneId.of("Asia/Shanghai"), Map.of());
  }

  /**
   * Options with a copy of the settings, sorted by name.
   *
   * @param zone the policy's time zone (used for day partitions and date queries)
   * @param settings provider settings; values that are secrets are never logged
   */
  public StorageOptions {
    settings = Map.copyOf(new TreeMap<>(settings));
  }

  /**
   * A setting, if given.
   *
   * @param key the key
   * @return a setting, if given
   */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /**
   * These options with one more setting.
   *
   * @param key the key
   * @param value the value
   * @return These options with one more setting
   */
  public StorageOptions with(String key, String value) {
    Map<String, String> m = new TreeMap<>(settings);
    m.put(key, value);
    return new StorageOptions(zone, m);
  }

  @Override
  public String toString() {
    return "StorageOptions{zone=" + zone + ", settings=" + settings.keySet() + "}";
  }
}
