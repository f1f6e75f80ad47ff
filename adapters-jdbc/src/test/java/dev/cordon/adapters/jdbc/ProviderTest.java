package dev.cordon.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordon.Cordon;
import dev.cordon.adapters.jdbc.internal.Urls;
import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.CordonStorageException;
import dev.cordon.spi.storage.StorageOptions;
import dev.cordon.spi.storage.StorageProvider;
import dev.cordon.tck.TckData;
import java.sql.Connection;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Discovery, URLs, options and what messages may show. */
class ProviderTest {
  @Test
  void theProviderIsFoundByServiceLoaderAndClaimsH2AndPostgresUrls() {
    assertThat(ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(JdbcStorageProvider.class);
    JdbcStorageProvider p = new JdbcStorageProvider();
    assertThat(p.id()).isEqualTo("jdbc");
    assertThat(p.supports(JdbcStorage.H2_DEFAULT_URL)).isTrue();
    assertThat(p.supports("jdbc:postgresql://localhost/cordon")).isTrue();
    assertThat(p.supports("jdbc:mysql://localhost/cordon")).isFalse();
    assertThat(p.supports("memory:")).isFalse();
    assertThat(p.supports(null)).isFalse();
  }

  @Test
  void cordonOpensAnH2UrlThroughDiscoveryWithItsSettings() {
    try (Cordon cordon = Cordon.builder().storage(TestStorages.h2Url()).option("fetchSize", "2").build()) {
      cordon.storage().units().put(TckData.unit("u1", "一分公司"));
      assertThat(cordon.storage().units().count()).isEqualTo(1);
      assertThat(cordon.storage().describe()).containsEntry("provider", "jdbc");
    }
  }

  @Test
  void badSettingsAndUrlsAreConfigurationErrors() {
    StorageOptions options = StorageOptions.defaults().with("migrate", "perhaps");
    assertThatThrownBy(() -> new JdbcStorageProvider().open(TestStorages.h2Url(), options))
        .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("migrate");
    assertThatThrownBy(() -> JdbcOptions.from(StorageOptions.defaults().with("poolSize", "many")))
        .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("poolSize");
    assertThatThrownBy(() -> JdbcStorage.open("jdbc:h2:mem:", JdbcOptions.defaults()))
        .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("name it");
    assertThatThrownBy(() -> JdbcStorage.open("jdbc:mysql://localhost/x", JdbcOptions.defaults()))
        .isInstanceOf(CordonConfigurationException.class);
  }

  @Test
  void passwordsAreMaskedInUrlsAndNeverInMessages() throws Exception {
    assertThat(Urls.masked("jdbc:postgresql://db/cordon?user=app&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/cordon?user=app&password=****&ssl=true");
    assertThat(Urls.masked("jdbc:postgresql://app:s3cret@db/cordon")).doesNotContain("s3cret");
    assertThat(Urls.masked("jdbc:h2:mem:x;USER=sa;PASSWORD=s3cret")).isEqualTo("jdbc:h2:mem:x;USER=sa;PASSWORD=****");

    String url = TestStorages.h2Url();
    try (Connection keep = TestStorages.h2Connection(url + ";USER=sa;PASSWORD=s3cret");
        JdbcStorage s = JdbcStorage.open(url + ";USER=sa;PASSWORD=s3cret", JdbcOptions.defaults())) {
      assertThat(s.describe().toString()).doesNotContain("s3cret");
      Throwable wrong = catchThrowable(() -> JdbcStorage.open(url,
          JdbcOptions.defaults().withCredentials("sa", "wrong-s3cret").withConnectionTimeout(java.time.Duration.ofSeconds(1))));
      assertThat(wrong).isInstanceOf(CordonStorageException.class).hasMessageNotContaining("s3cret");
      assertThat(JdbcOptions.defaults().withCredentials("sa", "s3cret").toString()).doesNotContain("s3cret");
    }
  }
}
