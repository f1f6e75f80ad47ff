package dev.cordon.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.cordon.core.CordonException;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.internal.CordonErrors;
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
 * {@code BigDecimal} and written plain, unknown properties refused, trailing tokens refused,
 * duplicate keys refused, and <b>exact types</b>: a number where an integer is expected must be
 * integral ({@code 14.5} and {@code 14.0} days are refused, never rounded), and nothing is coerced
 * between text, numbers and booleans ({@code "14"}, {@code "37.3"}, {@code 0} for {@code false},
 * {@code 12} for a name are refused). Every value Cordon writes reads back with these settings.
 * Cordon never calls {@code findAndRegisterModules()}: what is on your class path does not change
 * how Cordon reads its data. To use the same setup in your own mapper, call
 * {@link #configure(JsonMapper.Builder)}.
 *
 * <p>{@link #read} reports every fault as a {@link CordonValidationException} whose violations
 * carry the JSON path where the fault is, such as {@code $.feverThreshold} or
 * {@code $[1].destinations[0]}: a value of the wrong type ({@code CORDON-JSON-002}), an unknown
 * property ({@code CORDON-JSON-003}), a duplicate key ({@code CORDON-JSON-005}), broken syntax
 * or a document that ends too early ({@code CORDON-JSON-001}; a truncated document names the
 * innermost value left open), each with its line and column where the parser knows them. A policy
 * file is data like any other: a malformed one is a {@link CordonValidationException} too.
 */
public final class CordonJson {
  private static final String ENDS_EARLY = "the input ends before this value is closed (a truncated file?)";
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
        // exact types: 14.5 days is an error, not 14; "14", "true" and 0-for-false are errors too
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
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
      throw new CordonValidationException(CordonErrors.required("$"));
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
    StreamReadException parsing = null;
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof CordonValidationException cve) {
        String path = e instanceof JsonMappingException m ? pathOf(m) : "$";
        return cve.under(path);
      }
      if (c instanceof StreamReadException s && parsing == null) {
        parsing = s;
      }
    }
    if (parsing != null) {
      // the parser knows where it stopped; a databind path may stop at the value that wrapped it
      return fromParser(parsing);
    }
    if (e instanceof MismatchedInputException m && m.getMessage() != null
        && m.getMessage().startsWith("No content to map due to end-of-input")) {
      return new CordonValidationException(CordonErrors.jsonMalformed("$", ENDS_EARLY + location(e)));
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return new CordonValidationException(CordonErrors.jsonUnknownProperty(pathOf(u)));
    }
    if (e instanceof MismatchedInputException m && m.getMessage() != null
        && m.getMessage().startsWith("Missing required")) {
      return new CordonValidationException(CordonErrors.jsonMissingProperty(pathOf(m)));
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      // the reason names the expected type only: Jackson's own text may quote the (personal) value
      return new CordonValidationException(CordonErrors.jsonWrongType(pathOf(m),
          "expected " + m.getTargetType().getSimpleName()));
    }
    if (e instanceof JsonMappingException m) {
      return new CordonValidationException(CordonErrors.jsonWrongType(pathOf(m),
          e.getClass().getSimpleName()));
    }
    return new CordonValidationException(List.of(CordonErrors.jsonMalformed("$",
        firstLine(e.getOriginalMessage()) + location(e))));
  }

  private static CordonValidationException fromParser(StreamReadException e) {
    JsonParser parser = e.getProcessor();
    String at = location(e);
    String message = firstLine(e.getOriginalMessage());
    if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
      // the value being read when the input ended is named; a value already complete is not
      JsonToken decoding = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
      boolean valueOpen = decoding != null && decoding.isScalarValue()
          || parser != null && parser.currentToken() == JsonToken.FIELD_NAME;
      return new CordonValidationException(CordonErrors.jsonMalformed(pathOf(parser, valueOpen),
          ENDS_EARLY + at));
    }
    String path = pathOf(parser, true);
    if (message.startsWith("Duplicate field")) {
      return new CordonValidationException(CordonErrors.jsonDuplicateKey(path, at));
    }
    if (e instanceof InputCoercionException c) {
      // the reason names the expected type only: the parser's text quotes the value
      return new CordonValidationException(CordonErrors.jsonWrongType(path,
          "expected " + (c.getTargetType() == null ? "a smaller number" : c.getTargetType().getSimpleName())
              + at));
    }
    return new CordonValidationException(CordonErrors.jsonMalformed(path, message + at));
  }

  /**
   * The JSON path of where {@code parser} stands, e.g. {@code $[1].followUpDays.HIGH}; the key or
   * index of the innermost object or array is left out unless {@code withCurrent}.
   */
  static String pathOf(JsonParser parser, boolean withCurrent) {
    if (parser == null) {
      return "$";
    }
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    boolean innermost = true;
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (innermost && !withCurrent) {
        innermost = false;
        continue;
      }
      innermost = false;
      if (c.inObject() && c.getCurrentName() != null) {
        parts.addFirst("." + c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        parts.addFirst("[" + c.getCurrentIndex() + "]");
      }
    }
    return "$" + String.join("", parts);
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
