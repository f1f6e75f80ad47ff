package dev.cordon.spi.memory;

import dev.cordon.core.storage.Storage;
import dev.cordon.spi.storage.StorageOptions;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;

class TmpBrokenSanityTest {
  static Storage broken() {
    Storage real = new MemoryStorageProvider().open("memory:tck", StorageOptions.defaults());
    return (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class},
        (p, m, a) -> {
          if (m.getName().equals("inTransaction") && a[0] instanceof Supplier<?> s) return s.get();
          if (m.getName().equals("close")) return null;
          try { return m.invoke(real, a); } catch (java.lang.reflect.InvocationTargetException e) { throw e.getCause(); }
        });
  }
  @Nested class T extends dev.cordon.tck.TransactionContract { protected Storage newStorage() { return broken(); } }
  @Nested class L extends dev.cordon.tck.LifecycleContract { protected Storage newStorage() { return broken(); } }
}
