package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cordon import --kind supply-items}: the supply catalogue through the CLI alone. */
class ImportSupplyItemsCommandTest {
  @TempDir
  Path tmp;

  @Test
  void supplyItemsAreAKindOfTheImportCommand() throws Exception {
    Path f = Files.writeString(tmp.resolve("supply-items.csv"), "物资编号,物资名称,物资类别,计量单位,换算系数\n"
        + "I-MASK,医用外科口罩,口罩,只,\nI-SANIT,免洗手消毒凝胶（500ml）,免洗洗手液,瓶,2\n", StandardCharsets.UTF_8);
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "supply-items", f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("supply-items.csv: 2 rows read, 2 imported, 0 already present, 0 rejected");
  }

  @Test
  void theHelpListsTheKind() {
    assertThat(Cli.run("import", "--help").out()).contains("supply-items");
  }
}
