package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * Which columns of a survey export say who answered, which unit they rated, with what sampling
 * weight and what the respondent is (cột thông tin người trả lời); every other column that names a
 * question of the questionnaire is an answer.
 *
 * <pre>{@code
 * ExportColumns columns = ExportColumns.of("_uuid", "thong_tin/don_vi")
 *     .withWeight("_weight")
 *     .withAttributes("loai_hinh", "quy_mo", "nganh", "dia_ban");
 * }</pre>
 *
 * <p>An attribute (thuộc tính của doanh nghiệp: loại hình, quy mô, ngành, địa bàn) is read into
 * {@link Responses#attribute} and is not scored as an answer. It is named by its column's header,
 * or by the question's name or path when the column is a question of the questionnaire.
 */
@Value.Immutable
@DdciStyle
public abstract class ExportColumns {
  ExportColumns() {}

  /**
   * Returns the columns of an export without sampling weights or attributes.
   *
   * @param respondentColumn the column of the respondent's id (e.g. {@code _uuid}, {@code ma_dn})
   * @param unitQuestion the select-one question naming the unit rated, by name or path
   * @return the columns
   * @throws vn.ddci.DdciValidationException if a name is blank
   */
  public static ExportColumns of(String respondentColumn, String unitQuestion) {
    return ImmutableExportColumns.builder()
        .respondent(respondentColumn)
        .unitQuestion(unitQuestion)
        .build();
  }

  /**
   * Returns the column of the respondent's id.
   *
   * @return its header
   */
  public abstract String respondent();

  /**
   * Returns the select-one question naming the unit rated.
   *
   * @return its name or path
   */
  public abstract String unitQuestion();

  /**
   * Returns the column of the sampling weights (trọng số mẫu), if the survey has them.
   *
   * @return its header
   */
  public abstract Optional<String> weight();

  /**
   * Returns the columns read as the respondent's attributes, in the order given.
   *
   * @return their headers or question names
   */
  public abstract List<String> attributes();

  /**
   * Returns these columns with a column of sampling weights.
   *
   * @param column its header, e.g. {@code _weight}
   * @return the columns
   */
  public ExportColumns withWeight(String column) {
    return ImmutableExportColumns.builder().from(this).weight(column).build();
  }

  /**
   * Returns these columns with the respondent's attributes read from the columns named, in place of
   * any named before.
   *
   * @param columns headers or question names, e.g. {@code "loai_hinh", "quy_mo"}
   * @return the columns
   * @throws vn.ddci.DdciValidationException if one is blank, named twice, or is the respondent's,
   *     the unit's or the weight's column
   */
  public ExportColumns withAttributes(String... columns) {
    return ImmutableExportColumns.builder().from(this).attributes(List.of(columns)).build();
  }

  @Value.Check
  void check() {
    checkArgument(!respondent().isBlank(), "the respondent's column is blank");
    checkArgument(!unitQuestion().isBlank(), "the unit question is blank");
    weight().ifPresent(w -> checkArgument(!w.isBlank(), "the weight's column is blank"));
    Set<String> seen = new HashSet<>();
    for (String a : attributes()) {
      checkArgument(!a.isBlank(), "an attribute's column is blank");
      checkArgument(seen.add(a), "attribute %s is named twice", a);
      checkArgument(
          !a.equals(respondent()) && !a.equals(unitQuestion()) && !weight().equals(Optional.of(a)),
          "attribute %s is also the respondent's, the unit's or the weight's column",
          a);
    }
  }

  @Override
  public String toString() {
    return "ExportColumns[respondent "
        + respondent()
        + ", unit "
        + unitQuestion()
        + weight().map(w -> ", weight " + w).orElse("")
        + (attributes().isEmpty() ? "" : ", attributes " + attributes())
        + "]";
  }
}
