package vn.ddci.survey;

/**
 * What a question asks for (loại câu hỏi): the XLSForm types a questionnaire keeps.
 *
 * <p>Yes/no and Likert questions are {@link #SELECT_ONE} questions whose choice list looks like
 * yes/no or an ordered scale: see {@link Question#isYesNo()} and {@link Question#isLikert()}. The
 * other XLSForm types (note, calculate, date, geopoint, start, end, …) are not questions of a
 * {@link Questionnaire}: {@link XlsForm#read(java.nio.file.Path)} reports them as {@link Skipped}.
 */
public enum QuestionKind {
  /** One choice from a list (chọn một): XLSForm {@code select_one LIST}. */
  SELECT_ONE("select_one"),
  /** Any number of choices from a list (chọn nhiều): XLSForm {@code select_multiple LIST}. */
  SELECT_MULTIPLE("select_multiple"),
  /** A whole number (số nguyên): XLSForm {@code integer}. */
  INTEGER("integer"),
  /** A decimal number (số thập phân): XLSForm {@code decimal}. */
  DECIMAL("decimal"),
  /** Free text (câu hỏi mở): XLSForm {@code text}. */
  TEXT("text");

  private final String xlsFormType;

  QuestionKind(String xlsFormType) {
    this.xlsFormType = xlsFormType;
  }

  /**
   * Returns the XLSForm type, without a list name.
   *
   * @return e.g. {@code "select_one"}, {@code "integer"}
   */
  public String xlsFormType() {
    return xlsFormType;
  }

  /**
   * Tells whether the question picks from a choice list.
   *
   * @return true for {@link #SELECT_ONE} and {@link #SELECT_MULTIPLE}
   */
  public boolean isSelect() {
    return this == SELECT_ONE || this == SELECT_MULTIPLE;
  }

  /**
   * Tells whether the answer is a number.
   *
   * @return true for {@link #INTEGER} and {@link #DECIMAL}
   */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL;
  }
}
