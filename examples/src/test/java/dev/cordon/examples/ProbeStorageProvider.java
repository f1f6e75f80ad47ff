package dev.cordon.examples;

import dev.cordon.core.storage.Storage;
import dev.cordon.spi.memory.MemoryStorage;
import dev.cordon.spi.storage.StorageOptions;
import dev.cordon.spi.storage.StorageProvider;
import dev.cordon.core.CordonStorageException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

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
    MemoryStorage memory = new MemoryStorage(url, options.zone());
    return url.startsWith(UNPLUG) ? unplugging(memory, url.substring(UNPLUG.length())) : memory;
  }

  /** {@code probe:unplug:ID}: a storage that goes away, as a server stopped mid-import, on storing the record ID. */
  static final String UNPLUG = "probe:unplug:";

  /**
   * {@code memory} behind a proxy that becomes unreachable for good when a record whose text
   * holds {@code trigger} is stored: from then on every call on a store throws (also
   * {@code findings().count()}), closing still works.
   */
  private static Storage unplugging(Storage memory, String trigger) {
    AtomicBoolean unplugged = new AtomicBoolean();
    InvocationHandler h = (proxy, m, args) -> {
      Object result = invoke(m, memory, args);
      if (m.getReturnType().isInterface() && m.getReturnType().getPackageName().equals("dev.cordon.core.storage")
          && m.getParameterCount() == 0) {
        return store(m.getReturnType(), result, unplugged, trigger);
      }
      return result;
    };
    return (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class}, h);
  }

  private static Object store(Class<?> type, Object store, AtomicBoolean unplugged, String trigger) {
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
      if (!unplugged.get() && m.getName().startsWith("put") && args != null
          && String.valueOf(args[0]).contains(trigger)) {
        unplugged.set(true);
      }
      if (unplugged.get() && m.getDeclaringClass() != Object.class) {
        throw new CordonStorageException("could not reach the database: the server went away",
            CordonStorageException.Fault.UNREACHABLE, "08006", null);
      }
      return invoke(m, store, args);
    });
  }

  private static Object invoke(Method m, Object target, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
