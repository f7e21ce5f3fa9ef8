package vn.ddci.io;

import java.nio.file.Path;
import java.util.Objects;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.io.JsonSupport.Where;
import vn.ddci.result.Unit;

/**
 * A unit's assessment as JSON (schema version 1: the unit with its block and framework, and the
 * {@code assessment} object of a plan), lossless and strict like {@link PlanJson}.
 *
 * <pre>{@code
 * AssessmentJson.write(assessment, Path.of("target/danh-gia-2023.json"));
 * UnitAssessment back = AssessmentJson.read(Path.of("target/danh-gia-2023.json"));
 * }</pre>
 */
public final class AssessmentJson {
  private AssessmentJson() {}

  /** The JSON shape: the version, the unit, the assessment. */
  record Document(Integer schemaVersion, Dto.Unit unit, Dto.Assessment assessment) {}

  /**
   * Returns an assessment as JSON text.
   *
   * @param assessment the assessment
   * @return the JSON, indented, ending with a line break
   */
  public static String toJson(UnitAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return JsonSupport.write(
        new Document(
            JsonSupport.SCHEMA_VERSION,
            ModelJson.unit(assessment.unit()),
            ModelJson.assessment(assessment)));
  }

  /**
   * Writes an assessment to a file, atomically.
   *
   * @param assessment the assessment
   * @param file the target file; replaced if it exists
   * @throws DdciIoException if the file cannot be written
   */
  public static void write(UnitAssessment assessment, Path file) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(file, "file");
    JsonSupport.writeAtomically(file, toJson(assessment));
  }

  /**
   * Reads an assessment from a file.
   *
   * @param file the JSON file
   * @return the assessment
   * @throws DdciIoException naming the file, path and value when anything is wrong
   */
  public static UnitAssessment read(Path file) {
    Objects.requireNonNull(file, "file");
    return assessment(JsonSupport.read(file, Document.class), file.toString());
  }

  /**
   * Reads an assessment from JSON text.
   *
   * @param json the JSON
   * @param source the name to give in messages
   * @return the assessment
   * @throws DdciIoException naming the source, path and value when anything is wrong
   */
  public static UnitAssessment fromJson(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    return assessment(JsonSupport.parse(json, source, Document.class), source);
  }

  private static UnitAssessment assessment(Document dto, String source) {
    Where at = new Where(source, "$");
    JsonSupport.checkVersion(dto.schemaVersion(), at);
    Unit unit = ModelJson.unit(dto.unit(), at.field("unit"));
    return ModelJson.assessment(dto.assessment(), unit, at.field("assessment"));
  }
}
