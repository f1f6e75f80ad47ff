package dev.cordon.examples;

import dev.cordon.Cordon;
import picocli.CommandLine.Option;

/** The {@code --db} option every command shares. */
final class DbOption {
  @Option(names = "--db", paramLabel = "URL", defaultValue = CordonCli.DEFAULT_DB,
      description = "Storage URL: jdbc:h2:file:PATH, jdbc:postgresql://HOST/DB or memory: (default: ${DEFAULT-VALUE}).")
  String url;

  /** Opens Cordon on the storage named. */
  Cordon open() {
    return Cordon.open(url);
  }
}
