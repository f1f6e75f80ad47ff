package dev.cordon.tck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.finding.FindingId;
import dev.cordon.core.rules.BuiltInRules;
import dev.cordon.spi.rules.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The finding ids of every built-in rule over {@link BaotouFortnight} are those release 0.1 derived
 * (recorded in {@code finding-ids-0.1.txt} by running 0.1's rules over the same records, before
 * finding drafts became typed): every kind of draft — about records, one day, a range of days, with
 * aspects — keeps its id, so stored findings keep their ids and review status across the upgrade.
 */
class FindingIdsOfRelease01Test {
  @Test
  void everyBuiltInRuleDerivesTheIdsOfRelease01() throws IOException {
    TreeSet<String> ids = new TreeSet<>();
    // the LEDGER-* rules came after 0.1: nothing of theirs was stored that must keep its id
    for (Rule rule : BuiltInRules.all().stream().filter(r -> !r.id().startsWith("LEDGER-")).toList()) {
      try (RuleKit.Checked checked = RuleKit.forRule(rule).given(BaotouFortnight.records().toArray())
          .checkedOver(BaotouFortnight.FROM, BaotouFortnight.TO)) {
        checked.ids().stream().map(FindingId::value).forEach(ids::add);
      }
    }
    assertThat(ids).containsExactlyElementsOf(release01());
  }

  private static TreeSet<String> release01() throws IOException {
    TreeSet<String> ids = new TreeSet<>();
    try (InputStream in = FindingIdsOfRelease01Test.class.getResourceAsStream("finding-ids-0.1.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(ids::add);
    }
    assertThat(ids).hasSizeGreaterThan(BuiltInRules.all().size());
    return ids;
  }
}
