package dev.cordon.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.Samples;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A stock book whose batch is refused for one overdrawing row is stored row by row in order of
 * instant, the order the stock guard judges in: a receipt listed after the consumption it covers
 * still covers it, and only the overdrawing row is rejected.
 */
class StockImportOrderTest {
  @Test
  void aRefusedBatchIsStoredRowByRowInOrderOfInstant() throws Exception {
    try (Cordon c = Fixtures.cordon()) {
      c.directory().register(SupplyItem.builder().id(SupplyItemId.of("I-MASK")).name("口罩").kind(SupplyKind.MASK)
          .unitOfMeasure("个").build());
      String holder = Samples.branch().id().value();
      String csv = "id,item,kind,at,holder,quantity\n"
          + "M-2,I-MASK,CONSUMPTION,2021-10-02 09:00," + holder + ",30\n"
          + "M-1,I-MASK,RECEIPT,2021-10-01 09:00," + holder + ",100\n"
          + "M-3,I-MASK,CONSUMPTION,2021-10-03 09:00," + holder + ",500\n";
      ImportSummary s = CsvImporter.of(c).importFrom(ImportKind.STOCK_MOVEMENTS,
          new ByteArrayInputStream(Fixtures.utf8(csv)), ImportOptions.defaults().withSourceName("stock.csv"));
      assertThat(s.imported()).as(s.toString()).isEqualTo(2);
      assertThat(s.rejected()).isEqualTo(1);
      assertThat(s.firstErrors()).singleElement().satisfies(e -> {
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.codes()).contains("CORDON-SUPPLY-004");
      });
      assertThat(c.storage().stock().get(StockMovementId.of("M-2"))).isPresent();
      assertThat(c.stock().position(Samples.branch().id(), SupplyItemId.of("I-MASK"),
          Instant.parse("2021-10-31T00:00:00Z")).balance()).isEqualByComparingTo(new BigDecimal("70"));
    }
  }
}
