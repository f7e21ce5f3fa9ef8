package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/**
 * One answer a select question offers (phương án trả lời): its code, which is what a respondent's
 * answer holds (the XLSForm {@code name} column of the {@code choices} sheet), and its labels.
 *
 * <pre>{@code
 * Choice.of("1", "Rất không hài lòng");
 * Choice.of("99", "Không biết").isNonAnswer();   // true
 * }</pre>
 *
 * <h2>Non-answers</h2>
 *
 * <p>A non-answer (không phải câu trả lời: "không biết", "không trả lời", "don't know", "refused")
 * is a choice a scorer leaves out of an indicator rather than score. Unless set, {@link
 * #isNonAnswer()} follows this rule:
 *
 * <ul>
 *   <li>the code, with "_" read as a space, is one of the non-answer phrases below (e.g. {@code
 *       dont_know}, {@code refused}, {@code na}); or
 *   <li>a label, in any language, consists of non-answer phrases only, possibly several separated
 *       by "/", ";", ",", "hoặc" or "or", and possibly with a code written before or after it ("99.
 *       Không biết", "Không biết (99)", "Không biết / Không trả lời").
 * </ul>
 *
 * <p>Phrases are compared without diacritics, case, spacing or punctuation. They are: không biết,
 * không trả lời, từ chối, từ chối trả lời, không muốn trả lời, khó trả lời, không rõ, không nhớ,
 * không áp dụng, không xác định; don't know, do not know, DK, DNK, refused, refuse, refusal,
 * refused to answer, refuse to answer, no answer, no response, prefer not to say, prefer not to
 * answer, not applicable, N/A, don't remember, do not remember, can't say, cannot say. "Không có ý
 * kiến" and "no opinion" are left out on purpose: Vietnamese agreement scales often use them as
 * their midpoint (1 Rất không đồng ý … 3 Không có ý kiến … 5 Rất đồng ý).
 *
 * <p>A numeric code (98, 99, −1, −9) is not evidence by itself: "99" may be a real answer; it
 * counts through its label. A label that only contains a phrase is not a non-answer either: "Không
 * biết về dịch vụ này" ("did not know about this service") is an answer. Where the rule is wrong
 * for a form, the caller decides: {@link #withNonAnswer(boolean)}, {@link
 * ChoiceList#withNonAnswers(java.util.Collection)}, {@link Questionnaire#withNonAnswers(String,
 * java.util.Collection)}, or a {@code non_answer} column (yes/no) in the {@code choices} sheet,
 * which {@link XlsForm} reads and writes.
 */
@Value.Immutable
@DdciStyle
public abstract class Choice {
  Choice() {}

  /**
   * Starts a choice.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Choice}; not thread-safe. */
  public static final class Builder extends ImmutableChoice.Builder {
    Builder() {}
  }

  /**
   * Returns a choice with a label in the questionnaire's default language.
   *
   * @param code the code, e.g. {@code "1"} or {@code "yes"}
   * @param label the label, e.g. {@code "Có"}
   * @return the choice, a non-answer if the rule above says so
   * @throws vn.ddci.DdciValidationException if the code or the label is blank
   */
  public static Choice of(String code, String label) {
    return builder().code(code).label(label).build();
  }

  /**
   * Returns the code (mã phương án): what an answer holds, the XLSForm {@code name}.
   *
   * @return e.g. {@code "1"}, {@code "yes"}; never blank
   */
  public abstract String code();

  /**
   * Returns the label in the questionnaire's default language (nhãn).
   *
   * @return the label; empty for a choice shown by an image only
   */
  public abstract Optional<String> label();

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
   * Tells whether this choice is a non-answer (không biết, không trả lời, …), which a scorer leaves
   * out; see the rule above.
   *
   * @return the flag given, or the rule's verdict when none was given
   */
  @Value.Default
  public boolean isNonAnswer() {
    return Vocabulary.looksLikeNonAnswer(code(), label(), labels().values());
  }

  /**
   * Returns this choice marked as a non-answer or as an answer, overriding the rule.
   *
   * @param nonAnswer true for a non-answer
   * @return the copy
   */
  public Choice withNonAnswer(boolean nonAnswer) {
    return nonAnswer == isNonAnswer()
        ? this
        : new Builder().from(this).isNonAnswer(nonAnswer).build();
  }

  @Value.Check
  void check() {
    checkArgument(
        !code().isBlank() && code().strip().equals(code()),
        () -> "choice code " + Names.quote(code()) + " is blank or has spaces around it");
    label()
        .ifPresent(
            l -> {
              checkArgument(!l.isBlank(), () -> "choice " + code() + ": the label is blank");
              Names.cleanText(l, "choice " + code() + ": label");
            });
    labels()
        .forEach(
            (language, l) -> {
              checkArgument(
                  !language.isBlank(), () -> "choice " + code() + ": a language is blank");
              checkArgument(
                  !l.isBlank(),
                  () -> "choice " + code() + ": the label in " + language + " is blank");
              Names.cleanText(l, "choice " + code() + ": label in " + language);
            });
    checkArgument(
        label().isPresent() || labels().isEmpty(),
        () -> "choice " + code() + " has labels by language but no label in the default language");
  }

  @Override
  public String toString() {
    return "Choice["
        + code()
        + label().map(l -> " " + l).orElse("")
        + (isNonAnswer() ? ", non-answer" : "")
        + "]";
  }
}
