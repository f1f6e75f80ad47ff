package dev.cordon.tck.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * How much a storage provider must write: every abstract method of {@link Storage} and of the
 * interfaces its abstract methods return, transitively (a provider implements those; what default
 * methods return, core supplies). Printed, and held to at most 40. And the minimal provider
 * implements exactly that: no default method overridden.
 */
class StorageCoreSizeTest {
  /** The abstract methods a provider must implement, as {@code Type.method(params)}. */
  static List<String> required() {
    List<String> out = new ArrayList<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(Storage.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      TreeSet<String> methods = new TreeSet<>();
      for (Method m : type.getMethods()) {
        if (!Modifier.isAbstract(m.getModifiers())) {
          continue;
        }
        methods.add(type.getSimpleName() + "." + m.getName() + params(m));
        Class<?> r = m.getReturnType();
        if (r.isInterface() && r.getPackageName().startsWith("dev.cordon")) {
          todo.add(r);
        }
      }
      out.addAll(methods);
    }
    return out;
  }

  private static String params(Method m) {
    StringBuilder sb = new StringBuilder("(");
    for (Class<?> p : m.getParameterTypes()) {
      sb.append(sb.length() > 1 ? ", " : "").append(p.getSimpleName());
    }
    return sb.append(")").toString();
  }

  @Test
  void aProviderImplementsAtMostFortyMethods() {
    List<String> required = required();
    System.out.println("A storage provider implements " + required.size() + " abstract methods:");
    required.forEach(m -> System.out.println("  " + m));
    assertThat(required).hasSizeLessThanOrEqualTo(40);
    assertThat(required).contains("Storage.table(RecordKind)", "Storage.inTransaction(Supplier)",
        "Storage.lock(LockKey)", "RecordTable.insertAbsent(List)", "RecordTable.markSuperseded(Comparable, Comparable)");
  }

  @Test
  void theMinimalProviderOverridesNoDefaultMethod() throws Exception {
    Class<?> table = Class.forName(MinimalStorage.class.getName() + "$Table");
    for (Class<?>[] pair : new Class<?>[][] {{MinimalStorage.class, Storage.class}, {table, RecordTable.class}}) {
      for (Method m : pair[0].getDeclaredMethods()) {
        if (m.isSynthetic() || Modifier.isPrivate(m.getModifiers())) {
          continue;
        }
        Method declared;
        try {
          declared = pair[1].getMethod(m.getName(), m.getParameterTypes());
        } catch (NoSuchMethodException e) {
          continue; // not part of the SPI
        }
        assertThat(declared.isDefault()).as("%s overrides the default %s", pair[0].getSimpleName(), declared).isFalse();
      }
    }
  }
}
