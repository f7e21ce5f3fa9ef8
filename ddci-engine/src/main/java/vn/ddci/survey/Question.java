package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/**
 * One question of a questionnaire (câu hỏi): its name, the groups it is in, its label in each
 * language, what it asks for, and the conditions the form attaches to it.
 *
 * <pre>{@code
 * Question.of("days_waited", QuestionKind.INTEGER, "Số ngày chờ kết quả (ngày)");
 * Question.selectOne("q1", "Thông tin có đầy đủ không?", yesNo)
 *     .withGroup("transparency");                   // path "transparency/q1"
 * }</pre>
 *
 * <p>The form's {@code constraint}, {@code relevant} and {@code required} expressions are kept as
 * written, not evaluated. A question is asked only when its own {@code relevant} and that of every
 * {@link Group} it is in hold.
 *
 * <p><b>Unit of measure</b> (đơn vị tính), for an integer or decimal question: the form's {@code
 * unit} column when it has one; otherwise the last text in parentheses at the end of the default
 * label when it is "%" or one of these units, compared without diacritics and case: ngày, ngày làm
 * việc, day(s), working days, giờ, hour(s), tuần, week(s), tháng, month(s), năm, year(s), lần,
 * times, đồng, VND, nghìn đồng, triệu đồng, tỷ đồng, million VND, million dong, billion VND, người,
 * persons, people, phần trăm, percent. "Số ngày (ngày)" gives "ngày"; "Chi phí (triệu đồng)" gives
 * "triệu đồng"; "Tuổi (năm)" gives "năm"; "Ghi chú (nếu có)" gives none.
 */
@Value.Immutable
@DdciStyle
public abstract class Question {
  /** An XLSForm name: a letter or "_", then letters, digits, "_", "-" and ".". */
  private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{M}\\p{N}_.\\-]*");

  Question() {}

  /**
   * Starts a question.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Question}; not thread-safe. */
  public static final class Builder extends ImmutableQuestion.Builder {
    Builder() {}
  }

  /**
   * Returns a question that is not a select, outside any group.
   *
   * @param name the name, e.g. {@code "days_waited"}
   * @param kind integer, decimal or text
   * @param label the label in the default language
   * @return the question; its unit of measure taken from the label by the rule above
   * @throws vn.ddci.DdciValidationException if the kind is a select, the name is not an XLSForm
   *     name, or the label is blank
   */
  public static Question of(String name, QuestionKind kind, String label) {
    return builder().name(name).kind(kind).label(label).build();
  }

  /**
   * Returns a {@code select_one} question outside any group.
   *
   * @param name the name, e.g. {@code "q1"}
   * @param label the label in the default language
   * @param choices the choice list
   * @return the question
   * @throws vn.ddci.DdciValidationException if the name is not an XLSForm name or the label is
   *     blank
   */
  public static Question selectOne(String name, String label, ChoiceList choices) {
    return builder()
        .name(name)
        .kind(QuestionKind.SELECT_ONE)
        .label(label)
        .choiceList(choices)
        .build();
  }

  /**
   * Returns a {@code select_multiple} question outside any group.
   *
   * @param name the name, e.g. {@code "obstacles"}
   * @param label the label in the default language
   * @param choices the choice list
   * @return the question
   * @throws vn.ddci.DdciValidationException if the name is not an XLSForm name or the label is
   *     blank
   */
  public static Question selectMultiple(String name, String label, ChoiceList choices) {
    return builder()
        .name(name)
        .kind(QuestionKind.SELECT_MULTIPLE)
        .label(label)
        .choiceList(choices)
        .build();
  }

  /**
   * Returns the name (tên biến), unique in its questionnaire: the column of its answers in an
   * export.
   *
   * @return e.g. {@code "q1"}
   */
  public abstract String name();

  /**
   * Returns the path of the group the question is in, group names joined by "/".
   *
   * @return e.g. {@code "transparency"} or {@code "section_a/transparency"}; empty outside groups
   */
  public abstract Optional<String> group();

  /**
   * Returns the full path: the groups, then the name.
   *
   * @return e.g. {@code "transparency/q1"}; the name outside groups
   */
  public String path() {
    return group().map(g -> g + "/" + name()).orElse(name());
  }

  /**
   * Returns what the question asks for.
   *
   * @return the kind
   */
  public abstract QuestionKind kind();

  /**
   * Returns the label (nội dung câu hỏi) in the questionnaire's default language.
   *
   * @return the label; never blank
   */
  public abstract String label();

  /**
   * Returns the labels by language, as the XLSForm names the languages ({@code label::Vietnamese
   * (vi)} gives "Vietnamese (vi)").
   *
   * @return the labels, in the form's column order; empty when the form has one language
   */
  public abstract Map<String, String> labels();

  /**
   * Returns the label in a language.
   *
   * @param language the language as the form names it ("Vietnamese (vi)") or its code ("vi"),
   *     ignoring case
   * @return the label
   */
  public Optional<String> label(String language) {
    Objects.requireNonNull(language, "language");
    return Vocabulary.inLanguage(labels(), language);
  }

  /**
   * Returns the choice list of a select question.
   *
   * @return the list; present exactly for {@link QuestionKind#isSelect() selects}
   */
  public abstract Optional<ChoiceList> choiceList();

  /**
   * Tells whether a select question also accepts an answer of the respondent's own, "other"
   * (XLSForm {@code or_other}): such an answer holds the code {@code other}, which is not in the
   * choice list.
   *
   * @return false unless set; true only for a select
   */
  @Value.Default
  public boolean acceptsOther() {
    return false;
  }

  /**
   * Tells whether an answer is always required (bắt buộc): XLSForm {@code required} is yes or true.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean required() {
    return false;
  }

  /**
   * Returns the condition under which an answer is required, when the form's {@code required} is an
   * expression rather than yes or no; kept as written, not evaluated.
   *
   * @return e.g. {@code "${q1} = 'yes'"}
   */
  public abstract Optional<String> requiredCondition();

  /**
   * Returns the constraint an answer must meet (ràng buộc), kept as written, not evaluated.
   *
   * @return e.g. {@code ". >= 0 and . <= 365"}
   */
  public abstract Optional<String> constraint();

  /**
   * Returns the condition under which the question is asked (điều kiện hiển thị), kept as written,
   * not evaluated.
   *
   * @return e.g. {@code "selected(${used_service}, 'yes')"}
   */
  public abstract Optional<String> relevant();

  /**
   * Returns the unit of measure (đơn vị tính) of an integer or decimal question, by the rule above.
   *
   * @return e.g. "ngày", "triệu đồng", "%"; empty for other kinds unless set
   */
  @Value.Default
  public Optional<String> unitOfMeasure() {
    return kind().isNumeric() ? Vocabulary.unitInLabel(label()) : Optional.empty();
  }

  /**
   * Tells whether this is a yes/no question: a {@code select_one} whose list is yes/no by {@link
   * ChoiceList#isYesNo()}.
   *
   * @return true for a yes/no question
   */
  public boolean isYesNo() {
    return kind() == QuestionKind.SELECT_ONE && choiceList().map(ChoiceList::isYesNo).orElse(false);
  }

  /**
   * Tells whether this is a Likert question: a {@code select_one} whose list is a scale 1..k by
   * {@link ChoiceList#isLikert()}.
   *
   * @return true for a Likert question
   */
  public boolean isLikert() {
    return kind() == QuestionKind.SELECT_ONE
        && choiceList().map(ChoiceList::isLikert).orElse(false);
  }

  /**
   * Returns this question in another group.
   *
   * @param group the group's path, e.g. {@code "transparency"}
   * @return the copy
   * @throws vn.ddci.DdciValidationException if a name in the path is not an XLSForm name
   */
  public Question withGroup(String group) {
    return new Builder().from(this).group(group).build();
  }

  /**
   * Returns this question with another choice list (with other non-answers, say).
   *
   * @param choices the list
   * @return the copy
   * @throws vn.ddci.DdciValidationException if the question is not a select
   */
  public Question withChoiceList(ChoiceList choices) {
    return new Builder().from(this).choiceList(choices).build();
  }

  /** Tells whether a text is an XLSForm name: a letter or "_", then letters, digits, _ - . */
  static boolean isName(String name) {
    return NAME.matcher(name).matches();
  }

  @Value.Check
  void check() {
    checkArgument(
        isName(name()),
        () ->
            "question name "
                + Names.quote(name())
                + " is not an XLSForm name (a letter or _, then letters, digits, _ - .)");
    group()
        .ifPresent(
            g -> {
              for (String part : g.split("/", -1)) {
                checkArgument(
                    isName(part),
                    () ->
                        "question "
                            + name()
                            + ": group path "
                            + Names.quote(g)
                            + " holds a name that is not an XLSForm name");
              }
            });
    checkArgument(!label().isBlank(), () -> "question " + name() + " has a blank label");
    Names.cleanText(label(), "question " + name() + ": label");
    labels()
        .forEach(
            (language, l) -> {
              checkArgument(
                  !language.isBlank() && !l.isBlank(),
                  () -> "question " + name() + ": a language or its label is blank");
              Names.cleanText(l, "question " + name() + ": label in " + language);
            });
    checkArgument(
        kind().isSelect() == choiceList().isPresent(),
        () ->
            "question "
                + name()
                + ": a "
                + kind().xlsFormType()
                + (kind().isSelect()
                    ? " question needs a choice list"
                    : " question has no choices"));
    checkArgument(
        !acceptsOther() || kind().isSelect(),
        () -> "question " + name() + ": only a select accepts 'other'");
    checkArgument(
        !(required() && requiredCondition().isPresent()),
        () -> "question " + name() + " is required always and under a condition");
    for (Optional<String> expression :
        java.util.List.of(requiredCondition(), constraint(), relevant(), unitOfMeasure())) {
      expression.ifPresent(
          e -> {
            checkArgument(
                !e.isBlank(), () -> "question " + name() + ": an expression or unit is blank");
            Names.cleanText(e, "question " + name());
          });
    }
  }

  @Override
  public String toString() {
    return "Question["
        + path()
        + " "
        + kind().xlsFormType()
        + choiceList().map(l -> " " + l.name()).orElse("")
        + (acceptsOther() ? " or_other" : "")
        + (required() ? ", required" : "")
        + unitOfMeasure().map(u -> ", in " + u).orElse("")
        + "]";
  }
}
