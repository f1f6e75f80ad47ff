package dev.cordon.adapters.xlsx;

import dev.cordon.Cordon;
import dev.cordon.core.Samples;
import dev.cordon.core.policy.PreventionPolicy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Shared set-up: a memory Cordon with Baotou's master data. */
final class Fixtures {
  static final Charset GB18030 = Charset.forName("GB18030");

  private Fixtures() {}

  /** A memory Cordon with a policy in force from 2019 and the sample group, branch, employee and hall. */
  static Cordon cordon() {
    Cordon c = Cordon.builder().storage("memory:")
        .policy(PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2019, 1, 1)).build()).build();
    c.directory().register(Samples.group());
    c.directory().register(Samples.branch());
    c.directory().register(Samples.employee());
    c.directory().register(Samples.serviceHall());
    return c;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] utf8Bom(String s) {
    byte[] b = utf8(s);
    byte[] out = new byte[b.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(b, 0, out, 3, b.length);
    return out;
  }
}
