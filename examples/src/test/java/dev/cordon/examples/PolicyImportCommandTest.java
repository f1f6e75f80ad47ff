package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cordon import --kind policies}: the policy is data in the database, and every later command judges by it. */
class PolicyImportCommandTest {
  @TempDir
  Path tmp;

  private Path policyFile(ArrayNode json) throws Exception {
    return Files.writeString(tmp.resolve("policies.json"), json.toPrettyString(), StandardCharsets.UTF_8);
  }

  private static ArrayNode history() {
    PolicyHistory h = PolicyHistory.of(PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2021, 10, 1)).build(),
        PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2021, 11, 15)).feverThreshold(new BigDecimal("37.2")).build());
    return (ArrayNode) CordonJson.mapper().valueToTree(h);
  }

  @Test
  void aPolicyFileIsStoredAndDescribeShowsTheVersionsInForce() throws Exception {
    Path db = tmp.resolve("cordon.db");
    Path file = policyFile(history());
    Cli r = Cli.run("import", "--db", db.toString(), "--kind", "policies", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 policies taking effect on 2021-10-01, 2021-11-15: 2 stored, 0 already stored.")
        .contains("Policies in force: [2021-10-01, 2021-11-15]").contains("fever at 37.2 °C");
    Cli again = Cli.run("import", "--db", db.toString(), "--kind", "policies", file.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 stored, 2 already stored.");
    Cli d = Cli.run("describe", "--db", db.toString());
    assertThat(d.exit()).as(d.err()).isZero();
    assertThat(d.out()).containsPattern("policySource +stored").containsPattern("policies +\\[2021-10-01, 2021-11-15]")
        .containsPattern("  policies +2");
  }

  @Test
  void checkSaysWhichPoliciesJudged() throws Exception {
    Path db = tmp.resolve("cordon.db");
    Path units = Files.writeString(tmp.resolve("units.csv"), "id,name,kind,parent,headcount\nU-G,包头市热力集团,GROUP,,12\n",
        StandardCharsets.UTF_8);
    assertThat(Cli.run("import", "--db", db.toString(), "--kind", "units", units.toString()).exit()).isZero();
    Cli before = Cli.run("check", "--db", db.toString(), "--from", "2021-10-25", "--to", "2021-10-25");
    assertThat(before.exit()).as(before.err()).isZero();
    assertThat(before.out()).contains("Judged by the policies defaults (none stored) [")
        .contains("cordon import --kind policies");
    assertThat(Cli.run("import", "--db", db.toString(), "--kind", "policies", policyFile(history()).toString()).exit())
        .isZero();
    Cli after = Cli.run("check", "--db", db.toString(), "--from", "2021-10-25", "--to", "2021-10-25");
    assertThat(after.out()).contains("Judged by the policies stored [2021-10-01, 2021-11-15].");
  }

  @Test
  void aDatabaseWithoutStoredPoliciesSaysItUsesTheDefaults() throws Exception {
    Path db = tmp.resolve("cordon.db");
    Path units = Files.writeString(tmp.resolve("units.csv"), "id,name,kind,parent,headcount\nU-G,包头市热力集团,GROUP,,12\n",
        StandardCharsets.UTF_8);
    assertThat(Cli.run("import", "--db", db.toString(), "--kind", "units", units.toString()).exit()).isZero();
    Cli d = Cli.run("describe", "--db", db.toString());
    assertThat(d.out()).containsPattern("policySource +defaults \\(none stored\\)");
  }

  @Test
  void aFileMissingAnAttributeStoresNothingAndNamesThePath() throws Exception {
    ArrayNode json = history();
    ((ObjectNode) json.get(1)).remove("feverThreshold");
    Path db = tmp.resolve("cordon.db");
    Cli r = Cli.run("import", "--db", db.toString(), "--kind", "policies", policyFile(json).toString());
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err()).startsWith("cordon: input refused:").contains("$[1].feverThreshold").doesNotContain("Exception");
    assertThat(db).as("the file is checked before the database is opened or created").doesNotExist();
  }

  @Test
  void aPolicyFileThatIsADirectoryOrComesWithCsvOptionsIsRefusedBeforeAnythingIsOpened() throws Exception {
    Path db = tmp.resolve("cordon.db");
    Cli dirAsFile = Cli.run("import", "--db", db.toString(), "--kind", "policies", tmp.toString());
    assertThat(dirAsFile.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(dirAsFile.err()).contains("it is a directory, not a file").doesNotContain("Exception");
    Cli withErrors = Cli.run("import", "--db", db.toString(), "--kind", "policies", "--errors",
        tmp.resolve("e.csv").toString(), policyFile(history()).toString());
    assertThat(withErrors.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(withErrors.err()).contains("--errors is for CSV files");
    assertThat(db).doesNotExist();
  }
}
