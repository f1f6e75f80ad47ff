package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database stays within three times the size of the ledger it was imported from (H2
 * made 1.16 GB of a 200,000-row import). 20,000 rows here; the 200,000 of the issue give 2.4× (see
 * adapters-jdbc/README.md, "Size").
 */
class StorageSizeTest {
  @TempDir
  Path tmp;

  @Test
  void anImportedLedgerTakesAtMostThreeTimesItsCsv() throws IOException {
    Path units = Files.writeString(tmp.resolve("units.csv"), "id,name,kind,parent,headcount\n"
        + "U-G,包头市热力集团,GROUP,,12\nU-B01,东河供热分公司,GRASSROOTS_UNIT,U-G,150\n", StandardCharsets.UTF_8);
    Path sites = Files.writeString(tmp.resolve("sites.csv"), "id,name,kind,owner,region,capacity\n"
        + "S-HALL,东河区营业厅,SERVICE_HALL,U-B01,150202,60\nS-CANTEEN,职工食堂,CANTEEN,U-B01,150202,80\n",
        StandardCharsets.UTF_8);
    Random r = new Random(11);
    String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
    StringBuilder csv = new StringBuilder("id,site,at,category,name,phone,purpose,host,temperature,health_code,"
        + "itinerary,cities_visited,decision\n");
    for (int i = 1; i <= 20_000; i++) {
      int minute = 8 * 60 + (i * 7) % 600;
      csv.append(String.format(Locale.ROOT, "E%06d,%s,2021-10-%02d %02d:%02d,VISITOR,%s先生,138%08d,缴纳采暖费,赵敏,36.%d,"
          + "GREEN,PRESENTED,150200,ADMITTED%n", i, i % 3 == 0 ? "S-CANTEEN" : "S-HALL", 21 + i * 5 / 20_001,
          minute / 60, minute % 60, surnames[r.nextInt(surnames.length)], r.nextInt(100_000_000), r.nextInt(8)));
    }
    Path ledger = Files.writeString(tmp.resolve("entries.csv"), csv, StandardCharsets.UTF_8);
    Path dir = tmp.resolve("db");
    String db = "jdbc:sqlite:" + dir.resolve("cordon.db");
    for (String[] kind : new String[][] {{"units", units.toString()}, {"sites", sites.toString()},
        {"entries", ledger.toString()}}) {
      Cli run = Cli.run("import", "--db", db, "--kind", kind[0], kind[1]);
      assertThat(run.exit()).as(run.err()).isZero();
    }
    long stored;
    try (Stream<Path> files = Files.list(dir)) {
      stored = files.mapToLong(p -> p.toFile().length()).sum();
    }
    long source = Files.size(ledger);
    assertThat((double) stored / source).as("database %d bytes, ledger %d bytes", stored, source).isLessThanOrEqualTo(3.0);
  }
}
