package vn.ddci.io;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.function.Supplier;
import vn.ddci.DdciValidationException;

/** Reading and writing JSON safely: limits, strictness, atomic writes and located errors. */
final class JsonSupport {
  /** The schema version this library writes. */
  static final int SCHEMA_VERSION = 3;

  /** The oldest schema version this library reads: version 3 only added optional fields. */
  static final int OLDEST_READ = 2;

  /** The largest file read: 16 MiB. */
  static final long MAX_BYTES = 16L << 20;

  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(32)
                          .maxStringLength(1_000_000)
                          .maxNumberLength(64)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
          .addModule(
              new SimpleModule("ddci-decimals")
                  .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer()))
          .build();

  /**
   * Exact decimals of at most 64 digits and an exponent of at most 100, so that a few bytes of JSON
   * cannot ask for a number of a billion digits.
   */
  private static final class BoundedDecimalDeserializer
      extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    BoundedDecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(
        com.fasterxml.jackson.core.JsonParser parser,
        com.fasterxml.jackson.databind.DeserializationContext context)
        throws IOException {
      if (!parser.currentToken().isNumeric()) {
        return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
      }
      BigDecimal value = parser.getDecimalValue();
      if (value.precision() > 64 || Math.abs(value.scale()) > 100) {
        throw context.weirdNumberException(
            value, BigDecimal.class, "more digits or a larger exponent than a score can have");
      }
      return value;
    }
  }

  private JsonSupport() {}

  static <T> T read(Path file, Class<T> type) {
    String source = file.toString();
    AtomicFiles.checkReadable(file, MAX_BYTES);
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), source, type);
    } catch (IOException e) {
      throw DdciIoException.of(source, "cannot be read as UTF-8 text: " + e, e);
    }
  }

  static <T> T parse(String json, String source, Class<T> type) {
    try {
      // a byte order mark, as some editors write it, is read as CSV's is: not as content
      String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
      T value = MAPPER.readValue(text, type);
      if (value == null) {
        throw DdciIoException.atPath(source, "$", "null", "is not an object", null);
      }
      return value;
    } catch (JsonMappingException e) {
      throw DdciIoException.atPath(source, path(e), null, e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw DdciIoException.of(source, "is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  static String write(Object dto) {
    try {
      return MAPPER.writeValueAsString(dto) + "\n";
    } catch (JsonProcessingException e) {
      throw DdciIoException.of(
          dto.getClass().getSimpleName(), "cannot be written as JSON: " + e, e);
    }
  }

  /** Writes to a temporary file beside the target, then moves it: never a half-written file. */
  static void writeAtomically(Path file, String content) {
    AtomicFiles.write(file, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Refuses a document of a schema version this library does not read. */
  static void checkVersion(Integer version, Where at) {
    int found = at.field("schemaVersion").required(version);
    if (found < OLDEST_READ || found > SCHEMA_VERSION) {
      throw DdciIoException.atPath(
          at.source(),
          "$.schemaVersion",
          String.valueOf(found),
          "unsupported schema version; this library reads versions "
              + OLDEST_READ
              + " to "
              + SCHEMA_VERSION,
          null);
    }
  }

  /** Where a value lies in a JSON document, for messages. */
  static final class Where {
    private final String source;
    private final String path;

    Where(String source, String path) {
      this.source = source;
      this.path = path;
    }

    Where field(String name) {
      return new Where(source, path + "." + name);
    }

    String source() {
      return source;
    }

    String path() {
      return path;
    }

    Where index(int index) {
      return new Where(source, path + "[" + index + "]");
    }

    <T> T required(T value) {
      if (value == null) {
        throw DdciIoException.atPath(source, path, null, "is missing", null);
      }
      return value;
    }

    /** Runs a conversion, turning the model's rejections into a located error. */
    <T> T convert(Object value, Supplier<T> conversion) {
      try {
        return conversion.get();
      } catch (DdciValidationException | ArithmeticException | DateTimeException e) {
        throw DdciIoException.atPath(
            source, path, value == null ? null : String.valueOf(value), e.getMessage(), e);
      }
    }
  }
}
