package dev.cordon.spring.boot.app;

import dev.cordon.core.json.CordonJson;
import dev.cordon.core.policy.PreventionPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A policy file for cordon.policy-file: the defaults with a fever threshold of 37.2 °C. */
final class PolicyFiles {
  private PolicyFiles() {}

  static String write() {
    try {
      Path dir = Files.createTempDirectory("boot-policies");
      Path file = dir.resolve("policies.json");
      PreventionPolicy p = PreventionPolicy.defaults().feverThreshold(new BigDecimal("37.2")).build();
      Files.writeString(file, CordonJson.write(List.of(p)), StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return file.toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
