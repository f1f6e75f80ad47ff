package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.CordonStorageException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The {@code body} column on SQLite: the record's JSON compressed with raw deflate and a preset
 * dictionary of Cordon's JSON (its keys and common values), one format byte first. A ledger row's
 * JSON of about 400 bytes becomes about 100, which keeps an embedded database within three times the
 * size of the CSV it was imported from (without it, seven times). Bodies stored as text are read as
 * they are. PostgreSQL and H2 keep plain JSON text (PostgreSQL compresses large values itself).
 *
 * <p>Format byte 1: deflate (RFC 1951) with {@link #DICTIONARY_V1}. The dictionary may never change:
 * a new one gets a new format byte, and old bodies stay readable.
 */
final class Bodies {
  private static final byte FORMAT_V1 = 1;

  /**
   * Samples of Cordon's JSON — stock movements, disinfections, the findings a ledger raises one per
   * row, entries — with their values left out, most frequent last (deflate reaches the end of the
   * dictionary best).
   */
  private static final byte[] DICTIONARY_V1 = (""
      + "{\"id\":\"\",\"item\":\"\",\"kind\":\"RECEIPT\",\"at\":\"2021-10-01T00:00:00Z\",\"holder\":\"\",\"destination\":null,\"quantity\":,\"lot\":null,\"expiry\":null,\"note\":null,\"source\":null,\"supersedes\":null}"
      + "{\"id\":\"\",\"site\":\"\",\"at\":\"2021-10-\",\"by\":null,\"areas\":[],\"agent\":null,\"source\":null}"
      + "{\"id\":\"DISINFECTION-MISSED:\",\"ruleId\":\"DISINFECTION-MISSED\",\"severity\":\"MEDIUM\",\"subject\":{\"kind\":\"SITE\",\"id\":\"\"},\"unit\":\"\",\"date\":\"2021-10-\",\"until\":null,\"messageEn\":\"Site  (CANTEEN) disinfected 1 of 2 times required on 2021-10-\",\"messageZh\":\"场所  于 2021-10- 消杀 1 次，少于规定的 2 次\",\"evidence\":[\"\"],\"status\":\"OPEN\",\"review\":null,\"rectifiedOn\":null}"
      + "{\"id\":\"ENTRY-ITINERARY-ADMITTED:\",\"ruleId\":\"ENTRY-ITINERARY-ADMITTED\",\"severity\":\"HIGH\",\"subject\":{\"kind\":\"RECORD\",\"id\":\"\"},\"unit\":\"\",\"date\":\"2021-10-\",\"until\":null,\"messageEn\":\"Admitted with cities with a medium/high-risk area in the look-back:  — site , entry \",\"messageZh\":\"途经中高风险地区所在城市 ，仍予放行 — 场所 ，登记 \",\"evidence\":[\"\"],\"status\":\"OPEN\",\"review\":null,\"rectifiedOn\":null}"
      + "{\"id\":\"ENTRY-CODE-ADMITTED:\",\"ruleId\":\"ENTRY-CODE-ADMITTED\",\"severity\":\"HIGH\",\"subject\":{\"kind\":\"RECORD\",\"id\":\"\"},\"unit\":\"\",\"date\":\"2021-10-\",\"until\":null,\"messageEn\":\"Admitted with health code YELLOW — site , entry \",\"messageZh\":\"健康码黄码仍予放行 — 场所 ，登记 \",\"evidence\":[\"\"],\"status\":\"OPEN\",\"review\":null,\"rectifiedOn\":null}"
      + "{\"id\":\"ENTRY-CHECK-SKIPPED:\",\"ruleId\":\"ENTRY-CHECK-SKIPPED\",\"severity\":\"HIGH\",\"subject\":{\"kind\":\"RECORD\",\"id\":\"\"},\"unit\":\"\",\"date\":\"2021-10-\",\"until\":null,\"messageEn\":\"Admitted without the required TEMPERATURE, HEALTH_CODE, ITINERARY_CODE — site , entry \",\"messageZh\":\"未落实测温、健康码查验、行程码查验即放行 — 场所 ，登记 \",\"evidence\":[\"\"],\"status\":\"CONFIRMED\",\"review\":{\"reviewer\":\"\",\"at\":\"2021-10-T00:00:00Z\",\"reason\":null},\"rectifiedOn\":null}"
      + "{\"id\":\"ENTRY-FEVER-ADMITTED:\",\"ruleId\":\"ENTRY-FEVER-ADMITTED\",\"severity\":\"CRITICAL\",\"subject\":{\"kind\":\"RECORD\",\"id\":\"\"},\"unit\":\"\",\"date\":\"2021-10-\",\"until\":null,\"messageEn\":\"Admitted with a fever of 37. °C — site , entry \",\"messageZh\":\"体温 37. °C 发热仍予放行 — 场所 ，登记 \",\"evidence\":[\"\"],\"status\":\"OPEN\",\"review\":null,\"rectifiedOn\":null}"
      + "{\"id\":\"ENTRY-FEVER:\",\"ruleId\":\"ENTRY-FEVER\",\"severity\":\"MEDIUM\",\"subject\":{\"kind\":\"RECORD\",\"id\":\"\"},\"unit\":\"\",\"date\":\"2021-10-\",\"until\":null,\"messageEn\":\"Fever 37. °C at the door (ADMITTED) — site , entry \",\"messageZh\":\"入口测得发热 37. °C（已放行） — 场所 ，登记 \",\"evidence\":[\"\"],\"status\":\"OPEN\",\"review\":null,\"rectifiedOn\":null}"
      + "{\"id\":\"ENTRY-LEDGER-INCOMPLETE:\",\"ruleId\":\"ENTRY-LEDGER-INCOMPLETE\",\"severity\":\"MEDIUM\",\"subject\":{\"kind\":\"RECORD\",\"id\":\"\"},\"unit\":\"\",\"date\":\"2021-10-\",\"until\":null,\"messageEn\":\"Ledger row of a visitor without phone, host — site , entry \",\"messageZh\":\"来访登记缺少联系电话、被访人 — 场所 ，登记 \",\"evidence\":[\"\"],\"status\":\"OPEN\",\"review\":null,\"rectifiedOn\":null}"
      + "{\"id\":\"\",\"site\":\"\",\"at\":\"2021-10-21T00:00:00Z\",\"entrant\":{\"category\":\"EMPLOYEE\",\"personId\":\"\",\"name\":null,\"phone\":null,\"residentId\":null,\"purpose\":null,\"host\":null},\"temperature\":36.,\"healthCode\":\"GREEN\",\"itinerary\":{\"presented\":true,\"starred\":false,\"citiesVisited\":[\"150200\"]},\"decision\":\"ADMITTED\",\"recordedBy\":null,\"source\":\"entries-2021-10-.csv:\",\"supersedes\":null}"
      + "{\"id\":\"\",\"site\":\"\",\"at\":\"2021-10-21T00:00:00Z\",\"entrant\":{\"category\":\"VISITOR\",\"personId\":null,\"name\":\"\",\"phone\":\"138\",\"residentId\":null,\"purpose\":\"\",\"host\":\"\"},\"temperature\":36.,\"healthCode\":\"GREEN\",\"itinerary\":{\"presented\":true,\"starred\":false,\"citiesVisited\":[\"150200\"]},\"decision\":\"ADMITTED\",\"recordedBy\":null,\"source\":\".csv:\",\"supersedes\":null}")
      .getBytes(StandardCharsets.UTF_8);

  private Bodies() {}

  /** The stored form of {@code json}. */
  static byte[] compress(String json) {
    byte[] input = json.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setDictionary(DICTIONARY_V1);
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 3 + 16);
      out.write(FORMAT_V1);
      byte[] buffer = new byte[Math.max(64, input.length)];
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** The JSON of a stored body: a compressed body decompressed, a text body as it is. */
  static String decompress(Object stored) {
    if (stored == null || stored instanceof String) {
      return (String) stored;
    }
    byte[] bytes = (byte[]) stored;
    if (bytes.length == 0 || bytes[0] != FORMAT_V1) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    Inflater inflater = new Inflater(true);
    try {
      // a raw deflate stream names no dictionary: it is set before inflating
      inflater.setDictionary(DICTIONARY_V1);
      // zlib needs one byte beyond a raw stream's end (java.util.zip.Inflater, "nowrap")
      byte[] input = Arrays.copyOfRange(bytes, 1, bytes.length + 1);
      inflater.setInput(input);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 5);
      byte[] buffer = new byte[1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new DataFormatException("truncated");
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new CordonStorageException("A stored record body is damaged (" + e.getMessage() + "); restore the database"
          + " from a backup.", CordonStorageException.Fault.CORRUPT, null, null);
    } finally {
      inflater.end();
    }
  }
}
