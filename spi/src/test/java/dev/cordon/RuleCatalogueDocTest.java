package dev.cordon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.rules.BuiltInRules;
import dev.cordon.spi.rules.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The README's rule table is generated from {@link BuiltInRules} and checked here, so it cannot
 * drift. Run with {@code -Dcordon.updateReadme=true} to rewrite it.
 */
class RuleCatalogueDocTest {
  private static final String BEGIN = "<!-- rules:begin (checked against BuiltInRules by RuleCatalogueDocTest) -->";
  private static final String END = "<!-- rules:end -->";

  static String table() {
    StringBuilder b = new StringBuilder("| id | default severity | what it detects | 說明 |\n|---|---|---|---|\n");
    for (Rule r : BuiltInRules.all()) {
      b.append("| `").append(r.id()).append("` | ").append(r.defaultSeverity().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(r.description().en()).append(" | ").append(r.description().zh()).append(" |\n");
    }
    return b.toString();
  }

  @Test
  void theReadmeListsExactlyTheBuiltInRules() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int from = text.indexOf(BEGIN);
    int to = text.indexOf(END);
    assertThat(from).as("the README has the rules markers").isNotNegative();
    assertThat(to).isGreaterThan(from);
    String expected = BEGIN + "\n" + table() + END;
    String actual = text.substring(from, to + END.length());
    if (Boolean.getBoolean("cordon.updateReadme") && !actual.equals(expected)) {
      Files.writeString(readme, text.substring(0, from) + expected + text.substring(to + END.length()),
          StandardCharsets.UTF_8);
      actual = expected;
    }
    assertThat(actual).as("README rule table; run mvn test -pl spi -Dcordon.updateReadme=true to regenerate")
        .isEqualTo(expected);
  }
}
