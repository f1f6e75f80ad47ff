package dev.cordon.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.cordon.core.CordonException;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Cordon's one documented Jackson setup (JSON 序列化). Every domain type reads and writes through it
 * without custom code per type.
 *
 * <p>The setup, and nothing else: {@link JavaTimeModule} (dates and instants as ISO-8601 text,
 * {@code WRITE_DATES_AS_TIMESTAMPS} off), {@link Jdk8Module} (for {@code Optional}), decimals read as
 * {@code BigDecimal} and written plain, unknown properties refused, trailing tokens refused.
 * Cordon never calls {@code findAndRegisterModules()}: what is on your class path does not change
 * how Cordon reads its data. To use the same setup in your own mapper, call
 * {@link #configure(JsonMapper.Builder)}.
 *
 * <p>{@link #read} reports every fault as a {@link CordonValidationException} whose violations
 * carry JSON paths such as {@code $.feverThreshold} or {@code $[1].destinations[0]}.
 */
public final class CordonJson {
  private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();

  private CordonJson() {}

  /** Applies Cordon's setup to a builder of your own. */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /** A copy of Cordon's configured mapper, yours to change. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /** Writes {@code value} as JSON. Domain types are written in full, personal data included. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new CordonException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Reads a value of {@code type} from JSON text. */
  public static <T> T read(String json, Class<T> type) {
    try {
      return notNull(MAPPER.readValue(json, type));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /** Reads a value of {@code type} from a UTF-8 (or UTF-16/32, detected) JSON stream. */
  public static <T> T read(InputStream json, Class<T> type) {
    try {
      return notNull(MAPPER.readValue(json, type));
    } catch (JacksonException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T notNull(T value) {
    if (value == null) {
      throw new CordonValidationException(Violation.of("CORDON-VALUE-001", "$", null));
    }
    return value;
  }

  /** The JSON path of a Jackson exception, e.g. {@code $.policies[0].zone}. */
  static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static CordonValidationException translate(JacksonException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof CordonValidationException cve) {
        String path = e instanceof JsonMappingException m ? pathOf(m) : "$";
        return cve.under(path);
      }
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return new CordonValidationException(Violation.of("CORDON-JSON-003", pathOf(u), null));
    }
    if (e instanceof MismatchedInputException m && m.getMessage() != null
        && m.getMessage().startsWith("Missing required")) {
      return new CordonValidationException(Violation.of("CORDON-JSON-004", pathOf(m), null));
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      // the reason names the expected type only: Jackson's own text may quote the (personal) value
      return new CordonValidationException(Violation.of("CORDON-JSON-002", pathOf(m), null,
          "expected " + m.getTargetType().getSimpleName()));
    }
    if (e instanceof JsonMappingException m) {
      return new CordonValidationException(Violation.of("CORDON-JSON-002", pathOf(m), null,
          e.getClass().getSimpleName()));
    }
    return new CordonValidationException(List.of(Violation.of("CORDON-JSON-001", "$", null,
        firstLine(e.getOriginalMessage()) + location(e))));
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
