package dev.cordon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.CordonStorageException;
import dev.cordon.core.report.Report;
import dev.cordon.core.storage.Storage;
import dev.cordon.spi.memory.MemoryStorage;
import dev.cordon.spi.memory.MemoryStorageProvider;
import dev.cordon.spi.report.JsonReportWriter;
import dev.cordon.spi.report.ReportOptions;
import dev.cordon.spi.report.ReportWriterProvider;
import dev.cordon.spi.storage.StorageOptions;
import dev.cordon.spi.storage.StorageProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {
  @TempDir
  Path dir;

  /** A provider of {@code fake:} URLs. */
  public static final class FakeProvider implements StorageProvider {
    @Override
    public String id() {
      return "fake";
    }

    @Override
    public boolean supports(String url) {
      return url.startsWith("fake:");
    }

    @Override
    public Storage open(String url, StorageOptions options) {
      return new MemoryStorage(url);
    }
  }

  /** A second provider that also claims {@code fake:}. */
  public static final class OtherFakeProvider implements StorageProvider {
    @Override
    public String id() {
      return "other-fake";
    }

    @Override
    public boolean supports(String url) {
      return url.startsWith("fake:");
    }

    @Override
    public Storage open(String url, StorageOptions options) {
      return new MemoryStorage(url);
    }
  }

  /** A provider whose constructor fails. */
  public static final class BrokenProvider implements StorageProvider {
    public BrokenProvider() {
      throw new IllegalStateException("cannot start");
    }

    @Override
    public String id() {
      return "broken";
    }

    @Override
    public boolean supports(String url) {
      return true;
    }

    @Override
    public Storage open(String url, StorageOptions options) {
      throw new AssertionError("never opened");
    }
  }

  /** A report writer of the made-up format {@code fake}. */
  public static final class FakeWriter implements ReportWriterProvider {
    @Override
    public String format() {
      return "fake";
    }

    @Override
    public void write(Report report, OutputStream out, ReportOptions options) {}
  }

  /** A second report writer that also claims {@code fake} (in upper case: formats are compared lower case). */
  public static final class OtherFakeWriter implements ReportWriterProvider {
    @Override
    public String format() {
      return "FAKE";
    }

    @Override
    public void write(Report report, OutputStream out, ReportOptions options) {}
  }

  /** A class loader that sees the storage providers of cordon-spi and exactly the given report writers. */
  private ClassLoader loaderSeeingWriters(Class<?>... writers) throws IOException {
    Path services = dir.resolve("writers-" + System.nanoTime());
    Files.write(services, java.util.Arrays.stream(writers).map(Class::getName).toList());
    URL url = services.toUri().toURL();
    return new ClassLoader(getClass().getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (name.equals("META-INF/services/" + ReportWriterProvider.class.getName())) {
          return Collections.enumeration(List.of(url));
        }
        if (name.startsWith("META-INF/services/") && !name.endsWith(StorageProvider.class.getName())) {
          return Collections.emptyEnumeration();
        }
        return super.getResources(name);
      }
    };
  }

  /** A class loader that sees exactly the given providers (and no report writers). */
  private ClassLoader loaderSeeing(Class<?>... providers) throws IOException {
    Path services = dir.resolve("services-" + System.nanoTime());
    Files.write(services, java.util.Arrays.stream(providers).map(Class::getName).toList());
    URL url = services.toUri().toURL();
    return new ClassLoader(getClass().getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (name.equals("META-INF/services/" + StorageProvider.class.getName())) {
          return providers.length == 0 ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
        }
        if (name.startsWith("META-INF/services/")) {
          return Collections.emptyEnumeration();
        }
        return super.getResources(name);
      }
    };
  }

  @Test
  void theMemoryProviderIsFoundByDefault() {
    try (Cordon cordon = Cordon.open("memory:")) {
      assertThat(cordon.describe().get("storage.provider")).isEqualTo("memory");
      assertThat(cordon.reportFormats()).contains("json");
    }
  }

  @Test
  void noProviderForTheUrlNamesTheUrlAndTheProvidersSeen() throws IOException {
    ClassLoader loader = loaderSeeing(MemoryStorageProvider.class);
    assertThatThrownBy(() -> Cordon.builder().classLoader(loader).storage("jdbc:h2:mem:x").build())
        .isInstanceOf(CordonConfigurationException.class)
        .hasMessageContaining("jdbc:h2:mem:x")
        .hasMessageContaining("memory (" + MemoryStorageProvider.class.getName())
        .hasMessageContaining("cordon-adapters-jdbc");
  }

  @Test
  void zeroProvidersIsAClearError() throws IOException {
    ClassLoader loader = loaderSeeing();
    assertThatThrownBy(() -> Cordon.builder().classLoader(loader).storage("memory:").build())
        .isInstanceOf(CordonConfigurationException.class)
        .hasMessageContaining("No storage provider for 'memory:'")
        .hasMessageContaining("Providers seen: none");
  }

  @Test
  void theRightProviderIsChosenAmongSeveral() throws IOException {
    ClassLoader loader = loaderSeeing(MemoryStorageProvider.class, FakeProvider.class);
    try (Cordon cordon = Cordon.builder().classLoader(loader).storage("fake:one").build()) {
      assertThat(cordon.describe().get("storage")).isEqualTo("fake fake:one");
    }
    try (Cordon cordon = Cordon.builder().classLoader(loader).storage("memory:").build()) {
      assertThat(cordon.describe().get("storage")).isEqualTo("memory memory:");
    }
  }

  @Test
  void twoProvidersClaimingAUrlIsAnErrorNamingBoth() throws IOException {
    ClassLoader loader = loaderSeeing(FakeProvider.class, OtherFakeProvider.class);
    assertThatThrownBy(() -> Cordon.builder().classLoader(loader).storage("fake:x").build())
        .isInstanceOf(CordonConfigurationException.class)
        .hasMessageContaining("More than one storage provider claims 'fake:x'")
        .hasMessageContaining(FakeProvider.class.getName())
        .hasMessageContaining(OtherFakeProvider.class.getName());
  }

  @Test
  void aBrokenProviderIsReportedAndSkipped() throws IOException {
    ClassLoader loader = loaderSeeing(BrokenProvider.class, MemoryStorageProvider.class);
    try (Cordon cordon = Cordon.builder().classLoader(loader).storage("memory:").build()) {
      assertThat(cordon.describe().get("providersSeen"))
          .contains(BrokenProvider.class.getName() + " (failed to load")
          .contains("cannot start");
    }
  }

  @Test
  void anExplicitProviderNeedsNoDiscovery() throws IOException {
    try (Cordon cordon = Cordon.builder().classLoader(loaderSeeing()).storage(new FakeProvider(), "fake:x").build()) {
      assertThat(cordon.describe().get("storage")).isEqualTo("fake fake:x");
    }
  }

  @Test
  void passwordsInUrlsAreMasked() {
    assertThat(Cordon.maskUrl("jdbc:postgresql://db/cordon?user=c&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/cordon?user=c&password=***&ssl=true");
    assertThat(Cordon.maskUrl("jdbc:postgresql://cordon:s3cret@db/cordon")).doesNotContain("s3cret");
  }

  @Test
  void aClosedCordonRefusesUseAndClosesItsStorage() {
    Cordon cordon = Cordon.open("memory:");
    Storage storage = cordon.storage();
    cordon.close();
    cordon.close();
    assertThatThrownBy(cordon::entries).isInstanceOf(CordonStorageException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> storage.units().count()).isInstanceOf(CordonStorageException.class);
  }

  @Test
  void aStoragePassedInStaysOpen() {
    MemoryStorage storage = new MemoryStorage("memory:mine");
    Cordon.builder().storage(storage).build().close();
    assertThat(storage.units().count()).isZero();
  }

  @Test
  void twoReportWritersClaimingAFormatIsAnErrorNamingBoth() throws IOException {
    ClassLoader loader = loaderSeeingWriters(FakeWriter.class, OtherFakeWriter.class, JsonReportWriter.class);
    assertThatThrownBy(() -> Cordon.builder().classLoader(loader).storage("memory:").build())
        .isInstanceOf(CordonConfigurationException.class)
        .hasMessageContaining("More than one report writer claims 'fake'")
        .hasMessageContaining(FakeWriter.class.getName())
        .hasMessageContaining(OtherFakeWriter.class.getName())
        .hasMessageNotContaining(JsonReportWriter.class.getName());
  }

  @Test
  void anExplicitReportWriterSettlesTwoDiscoveredOnes() throws IOException {
    ClassLoader loader = loaderSeeingWriters(FakeWriter.class, OtherFakeWriter.class, JsonReportWriter.class);
    OtherFakeWriter chosen = new OtherFakeWriter();
    try (Cordon cordon = Cordon.builder().classLoader(loader).storage("memory:").reportWriter(chosen).build()) {
      assertThat(cordon.reportWriter("fake")).isSameAs(chosen);
      assertThat(cordon.reportFormats()).containsExactly("FAKE", "json");
    }
  }

  @Test
  void twoExplicitReportWritersOfOneFormatIsAnErrorNamingBoth() throws IOException {
    ClassLoader loader = loaderSeeingWriters(JsonReportWriter.class);
    assertThatThrownBy(() -> Cordon.builder().classLoader(loader).storage("memory:")
            .reportWriter(new FakeWriter()).reportWriter(new OtherFakeWriter()).build())
        .isInstanceOf(CordonConfigurationException.class)
        .hasMessageContaining("More than one report writer claims 'fake'")
        .hasMessageContaining(FakeWriter.class.getName())
        .hasMessageContaining(OtherFakeWriter.class.getName());
  }

  @Test
  void oneReportWriterPerFormatIsUsedAsDiscovered() throws IOException {
    ClassLoader loader = loaderSeeingWriters(FakeWriter.class, JsonReportWriter.class);
    try (Cordon cordon = Cordon.builder().classLoader(loader).storage("memory:").build()) {
      assertThat(cordon.reportFormats()).containsExactly("fake", "json");
      assertThat(cordon.reportWriter("FAKE")).isInstanceOf(FakeWriter.class);
    }
  }

  @Test
  void anUnknownReportFormatNamesTheFormatsAvailable() {
    try (Cordon cordon = Cordon.open("memory:")) {
      assertThatThrownBy(() -> cordon.reportWriter("pdf"))
          .isInstanceOf(CordonConfigurationException.class)
          .hasMessageContaining("pdf").hasMessageContaining("json");
    }
  }
}
