package dev.cordon.spring.boot;

import dev.cordon.Cordon;
import dev.cordon.adapters.jdbc.JdbcOptions;
import dev.cordon.adapters.jdbc.JdbcStorage;
import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.storage.Storage;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Builds one {@link Cordon} from {@code cordon.*} ({@link CordonProperties}): over the storage URL
 * {@code cordon.storage.url}, or else over the application's own {@link DataSource} with Cordon's
 * migrations run on it. Every bean here backs off when the application defines its own. The
 * {@code Cordon} is closed when the context shuts down.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@EnableConfigurationProperties(CordonProperties.class)
public class CordonAutoConfiguration {
  /** Created by Spring. */
  public CordonAutoConfiguration() {}

  /**
   * The policy history of {@code cordon.policy-file}, when one is set.
   *
   * @param properties the properties
   * @return the policy history of {@code cordon.policy-file}, when one is set
   * @throws CordonConfigurationException if the file cannot be read
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "cordon", name = "policy-file")
  public PolicyHistory cordonPolicies(CordonProperties properties) {
    Resource file = properties.getPolicyFile();
    try (InputStream in = file.getInputStream()) {
      return PolicyHistory.readFile(in);
    } catch (IOException e) {
      throw new CordonConfigurationException("Cordon could not read the policy file " + file.getDescription()
          + " (cordon.policy-file): " + e.getMessage(), e);
    }
  }

  /** Cordon's storage in the application's DataSource, when no {@code cordon.storage.url} is set. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(NoStorageUrl.class)
  @ConditionalOnSingleCandidate(DataSource.class)
  static class DataSourceStorageConfiguration {
    /**
     * Opens the storage; closing it leaves the DataSource open (it is the application's). It waits for
     * the application's own database initialization (its Flyway or Liquibase migrations, schema.sql),
     * which would otherwise find Cordon's tables in a schema it expects empty.
     */
    @Bean(destroyMethod = "close")
    @DependsOnDatabaseInitialization
    @ConditionalOnMissingBean(Storage.class)
    JdbcStorage cordonStorage(DataSource dataSource, CordonProperties properties,
        ObjectProvider<PolicyHistory> policies) {
      CordonProperties.Storage s = properties.getStorage();
      // the storage must count days in the zone of the policies that judge it
      ZoneId zone = policies.stream().findFirst().map(p -> p.latest().zone()).orElse(s.getZone());
      JdbcOptions options = JdbcOptions.defaults().withZone(zone).withMigrate(s.isMigrate());
      return JdbcStorage.open(dataSource, options);
    }
  }

  /**
   * The {@code Cordon}: over the application's {@link Storage} bean if there is one (the DataSource
   * storage above is such a bean), else over {@code cordon.storage.url}.
   *
   * @param properties the properties
   * @param storage the storage
   * @param policies the policies
   * @param customizers the customizers
   * @return the {@code Cordon}: over the application's {@link Storage} bean if there is one (the DataSource storage above is such a bean), else over {@code cordon.storage.url}
   * @throws CordonConfigurationException if neither is there, or a required report format is missing
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public Cordon cordon(CordonProperties properties, ObjectProvider<Storage> storage,
      ObjectProvider<PolicyHistory> policies, ObjectProvider<CordonBuilderCustomizer> customizers) {
    CordonProperties.Storage s = properties.getStorage();
    Cordon.Builder builder = Cordon.builder().discoverRules(properties.isDiscoverRules());
    Storage given = storage.getIfUnique();
    if (given != null) {
      builder.storage(given);
    } else if (s.getUrl() != null && !s.getUrl().isBlank()) {
      builder.storage(s.getUrl());
      if (s.getUsername() != null) {
        builder.option("user", s.getUsername());
      }
      if (s.getPassword() != null) {
        builder.option("password", s.getPassword());
      }
      builder.option("migrate", Boolean.toString(s.isMigrate()));
      s.getOptions().forEach(builder::option);
    } else {
      throw new CordonConfigurationException("Cordon has no storage: set cordon.storage.url (e.g. "
          + "jdbc:postgresql://host/db, jdbc:h2:mem:cordon, memory:), or give the application one DataSource "
          + "bean, or a dev.cordon.core.storage.Storage bean.");
    }
    policies.ifAvailable(builder::policies);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    Cordon cordon = builder.build();
    List<String> missing = properties.getReportFormats().stream()
        .filter(f -> !cordon.reportFormats().contains(f)).toList();
    if (!missing.isEmpty()) {
      cordon.close();
      throw new CordonConfigurationException("cordon.report-formats names " + missing
          + ", for which no report writer is on the class path; available: " + cordon.reportFormats()
          + ". Add cordon-adapters-csv for csv, or give a ReportWriterProvider through a CordonBuilderCustomizer.");
    }
    return cordon;
  }

  /** Matches when {@code cordon.storage.url} is unset or blank. */
  static final class NoStorageUrl extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("cordon.storage.url");
      return url == null || url.isBlank() ? ConditionOutcome.match("cordon.storage.url is not set")
          : ConditionOutcome.noMatch("cordon.storage.url is set");
    }
  }
}
