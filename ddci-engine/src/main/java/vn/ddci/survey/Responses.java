package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ddci.DdciValidationException;

/**
 * The answers of a survey (phiếu khảo sát): one row per respondent and unit rated (a respondent who
 * rated three units has three rows, under one respondent id), with each row's unit, sampling weight
 * and attributes (type, size, sector, location of the firm), and the answers by question.
 *
 * <p>Answers are stored by column: a select-one question as one byte per row (the chosen option's
 * position in its list, {@link #MISSING} when not answered), a select-multiple question as one
 * {@code long} of chosen options per row, a number as one {@code int} per row over a power of ten
 * when that keeps every answer exactly (decimals as typed: days, million VND, %), else as one
 * double per row. Non-answers ("không biết", "từ chối trả lời") are options of the list marked as
 * such: they are answers for the diagnostics, and excluded from every statistic.
 *
 * <pre>{@code
 * Responses r = Responses.builder()
 *     .respondents("R1", "R2", "R3")
 *     .units("SoTaiChinh", "SoTaiChinh", "SoXayDung")
 *     .selectOne("paid_informal", List.of("1", "0", "98"), Set.of("98"), "1", "0", "98")
 *     .number("days", 12, 7, 30)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Responses {
  /** The code of a select-one question not answered. */
  public static final byte MISSING = -1;

  /** The most options a select question may have here. */
  public static final int MAX_OPTIONS = 63;

  private final ImmutableList<String> respondents;
  private final ImmutableList<String> units;
  private final int[] unitOf;
  private final ImmutableMap<String, String> unitNames;
  private final double[] weights;
  private final boolean weighted;
  private final ImmutableMap<String, ImmutableList<String>> attributes;
  private final ImmutableMap<String, Options> options;
  private final ImmutableMap<String, byte[]> single;
  private final ImmutableMap<String, long[]> multiple;
  private final ImmutableMap<String, NumberColumn> numbers;

  private Responses(Builder b, int[] unitOf, ImmutableList<String> units) {
    Map<String, String> ids = new HashMap<>(); // a respondent rating several units: one string
    this.respondents =
        b.respondents.stream()
            .map(id -> ids.computeIfAbsent(id, k -> k))
            .collect(ImmutableList.toImmutableList());
    this.units = units;
    this.unitOf = unitOf;
    this.unitNames = ImmutableMap.copyOf(b.unitNames);
    this.weighted = b.weights != null;
    this.weights = weighted ? b.weights.clone() : filledWithOne(unitOf.length);
    ImmutableMap.Builder<String, ImmutableList<String>> attrs = ImmutableMap.builder();
    b.attributes.forEach((k, v) -> attrs.put(k, ImmutableList.copyOf(v)));
    this.attributes = attrs.buildOrThrow();
    this.options = ImmutableMap.copyOf(b.options);
    this.single = copies(b.single, byte[]::clone); // the builder may be used again
    this.multiple = copies(b.multiple, long[]::clone);
    ImmutableMap.Builder<String, NumberColumn> nb = ImmutableMap.builder();
    b.numbers.forEach((k, v) -> nb.put(k, NumberColumn.of(v)));
    this.numbers = nb.buildOrThrow();
  }

  private Responses(Responses r, ImmutableMap<String, ImmutableList<String>> attributes) {
    this.respondents = r.respondents;
    this.units = r.units;
    this.unitOf = r.unitOf;
    this.unitNames = r.unitNames;
    this.weights = r.weights;
    this.weighted = r.weighted;
    this.attributes = attributes;
    this.options = r.options;
    this.single = r.single;
    this.multiple = r.multiple;
    this.numbers = r.numbers;
  }

  /**
   * Returns these answers with one more attribute of each row's respondent: a stratum computed
   * after the survey, say. The answers are shared, not copied.
   *
   * @param name the attribute's name, not one the answers have
   * @param values one per row; an empty string where not stated
   * @return the answers with the attribute
   * @throws DdciValidationException if the name is blank or taken, a value is missing, or their
   *     number is not the rows'
   */
  public Responses withAttribute(String name, String... values) {
    checkArgument(name != null && !name.isBlank(), "an attribute needs a name");
    checkArgument(!attributes.containsKey(name), "attribute %s is given twice", name);
    checkArgument(
        values.length == size(),
        "attribute %s has %s values for %s rows",
        name,
        values.length,
        size());
    checkAttributeValues(name, values);
    return new Responses(
        this,
        ImmutableMap.<String, ImmutableList<String>>builder()
            .putAll(attributes)
            .put(name, ImmutableList.copyOf(values))
            .buildOrThrow());
  }

  private static void checkAttributeValues(String name, String[] values) {
    for (int i = 0; i < values.length; i++) {
      checkArgument(
          values[i] != null,
          "attribute %s, row %s: no value (an empty string says not stated)",
          name,
          i + 1);
    }
  }

  private static <T> ImmutableMap<String, T> copies(
      Map<String, T> columns, java.util.function.UnaryOperator<T> copy) {
    ImmutableMap.Builder<String, T> b = ImmutableMap.builder();
    columns.forEach((k, v) -> b.put(k, copy.apply(v)));
    return b.buildOrThrow();
  }

  private static double[] filledWithOne(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1);
    return w;
  }

  /**
   * Starts the answers of a survey.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of rows (respondent × unit rated).
   *
   * @return the rows
   */
  public int size() {
    return unitOf.length;
  }

  /**
   * Returns the units rated: those named with {@link Builder#unitName} in that order, then the
   * others in the order they first appear.
   *
   * @return the units' codes
   */
  public List<String> units() {
    return units;
  }

  /**
   * Returns a unit's name, where one was given.
   *
   * @param unit a unit's code
   * @return its name
   */
  public Optional<String> unitName(String unit) {
    return Optional.ofNullable(unitNames.get(unit));
  }

  /**
   * Returns the respondent of each row.
   *
   * @return the respondents' ids, one per row
   */
  public List<String> respondents() {
    return respondents;
  }

  /**
   * Returns the unit rated in a row.
   *
   * @param row a row, from 0
   * @return the unit's code
   */
  public String unit(int row) {
    return units.get(unitOf[row]);
  }

  /**
   * Tells whether rows carry sampling weights.
   *
   * @return false when every row weighs 1
   */
  public boolean isWeighted() {
    return weighted;
  }

  /**
   * Returns a row's sampling weight (trọng số mẫu).
   *
   * @param row a row, from 0
   * @return its weight; 1 when the survey has none
   */
  public double weight(int row) {
    return weights[row];
  }

  /**
   * Returns an attribute of each row's respondent (loại hình, quy mô, ngành, địa bàn).
   *
   * @param name the attribute, e.g. "quy_mo"
   * @return the values, one per row; an empty string where the respondent did not state it
   * @throws DdciValidationException if there is no such attribute
   */
  public List<String> attribute(String name) {
    ImmutableList<String> a = attributes.get(name);
    checkArgument(a != null, "no attribute %s (the survey has %s)", name, attributes.keySet());
    return a;
  }

  /**
   * Returns the names of the respondents' attributes, in the order given.
   *
   * @return the names, e.g. {@code [loai_hinh, quy_mo, nganh, dia_ban]}
   */
  public List<String> attributes() {
    return attributes.keySet().asList();
  }

  /**
   * Returns the questions answered, in the order given.
   *
   * @return the questions' names
   */
  public List<String> questions() {
    List<String> q = new ArrayList<>(single.keySet());
    q.addAll(multiple.keySet());
    q.addAll(numbers.keySet());
    return q;
  }

  /**
   * Returns the option chosen in a row for a select-one question.
   *
   * @param question the question's name
   * @param row a row, from 0
   * @return the option's code; empty when not answered
   * @throws DdciValidationException if the question is not a select-one question of the survey
   */
  public Optional<String> chosen(String question, int row) {
    byte c = singleColumn(question)[row];
    return c == MISSING ? Optional.empty() : Optional.of(options.get(question).codes.get(c));
  }

  /**
   * Returns a number answered in a row.
   *
   * @param question the question's name
   * @param row a row, from 0
   * @return the number; empty when not answered
   * @throws DdciValidationException if the question is not a number question of the survey
   */
  public java.util.OptionalDouble number(String question, int row) {
    double v = numberColumn(question).get(row);
    return Double.isNaN(v) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(v);
  }

  /**
   * Returns the options chosen in a row for a select-multiple question.
   *
   * @param question the question's name
   * @param row a row, from 0
   * @return the options' codes, in list order; empty when not answered or none chosen
   * @throws DdciValidationException if the question is not a select-multiple question of the survey
   */
  public List<String> chosenAll(String question, int row) {
    long bits = multipleColumn(question)[row];
    List<String> codes = new ArrayList<>();
    if (bits != MISSING_MULTIPLE) {
      List<String> all = options.get(question).codes;
      for (int k = 0; k < all.size(); k++) {
        if ((bits & (1L << k)) != 0) {
          codes.add(all.get(k));
        }
      }
    }
    return codes;
  }

  /**
   * Tells whether a select-multiple question was answered in a row. A blank cell is not answered:
   * survey tools export the same blank for a question not asked and one answered with no option.
   *
   * @param question the question's name
   * @param row a row, from 0
   * @return false when left blank
   * @throws DdciValidationException if the question is not a select-multiple question of the survey
   */
  public boolean isAnswered(String question, int row) {
    return multipleColumn(question)[row] != MISSING_MULTIPLE;
  }

  // ------------------------------------------------------------------ internal access

  static final long MISSING_MULTIPLE = Long.MIN_VALUE;

  int[] unitOf() {
    return unitOf;
  }

  double[] weights() {
    return weights;
  }

  Options options(String question) {
    Options o = options.get(question);
    checkArgument(o != null, "question %s is not a select question of the survey", question);
    return o;
  }

  boolean isSingle(String question) {
    return single.containsKey(question);
  }

  boolean isMultiple(String question) {
    return multiple.containsKey(question);
  }

  boolean isNumber(String question) {
    return numbers.containsKey(question);
  }

  byte[] singleColumn(String question) {
    byte[] c = single.get(question);
    checkArgument(c != null, "question %s is not a select-one question of the survey", question);
    return c;
  }

  long[] multipleColumn(String question) {
    long[] c = multiple.get(question);
    checkArgument(
        c != null, "question %s is not a select-multiple question of the survey", question);
    return c;
  }

  NumberColumn numberColumn(String question) {
    NumberColumn c = numbers.get(question);
    checkArgument(c != null, "question %s is not a number question of the survey", question);
    return c;
  }

  @Override
  public String toString() {
    return "Responses["
        + size()
        + " rows, "
        + new HashSet<>(respondents).size()
        + " respondents, "
        + units.size()
        + " units, "
        + questions().size()
        + " questions"
        + (weighted ? ", weighted" : "")
        + "]";
  }

  /** The options of a select question: codes in list order, non-answers, numeric values. */
  static final class Options {
    final ImmutableList<String> codes;
    final boolean[] nonAnswer;

    /** The code read as a number (Likert points), NaN when it is not one. */
    final double[] value;

    final Map<String, Integer> index = new HashMap<>();

    Options(String question, List<String> codes, Set<String> nonAnswers) {
      checkArgument(!codes.isEmpty(), "question %s has no option", question);
      checkArgument(
          codes.size() <= MAX_OPTIONS,
          "question %s has %s options, more than %s",
          question,
          codes.size(),
          MAX_OPTIONS);
      this.codes = ImmutableList.copyOf(codes);
      this.nonAnswer = new boolean[codes.size()];
      this.value = new double[codes.size()];
      for (int k = 0; k < codes.size(); k++) {
        String c = codes.get(k);
        checkArgument(
            index.put(c, k) == null, "question %s: option %s is listed twice", question, c);
        nonAnswer[k] = nonAnswers.contains(c);
        value[k] = parse(c);
      }
      for (String n : nonAnswers) {
        checkArgument(
            index.containsKey(n),
            "question %s: non-answer %s is not one of its options",
            question,
            n);
      }
    }

    /** The position of an answer's code in the list; refused, naming row and code, if absent. */
    int position(String question, int row, String code) {
      Integer k = index.get(code);
      checkArgument(
          k != null,
          "question %s, row %s: %s is not one of its options %s",
          question,
          row + 1,
          code,
          codes);
      return k;
    }

    private static double parse(String code) {
      try {
        return Double.parseDouble(code);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
  }

  /**
   * Builds {@link Responses} column by column; not thread-safe. Rows first ({@link #respondents},
   * {@link #units}), then the answers of each question, one per row in the same order.
   */
  public static final class Builder {
    private List<String> respondents = List.of();
    private List<String> rowUnits = List.of();
    private final Map<String, String> unitNames = new LinkedHashMap<>();
    private double[] weights;
    private final Map<String, List<String>> attributes = new LinkedHashMap<>();
    private final Map<String, Options> options = new LinkedHashMap<>();
    private final Map<String, byte[]> single = new LinkedHashMap<>();
    private final Map<String, long[]> multiple = new LinkedHashMap<>();
    private final Map<String, double[]> numbers = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets the respondent of each row; a respondent who rated several units has several rows.
     *
     * @param ids one id per row
     * @return this builder
     */
    public Builder respondents(String... ids) {
      this.respondents = new ArrayList<>(Arrays.asList(ids)); // nulls are named in build()
      return this;
    }

    /**
     * Sets the unit each row rates.
     *
     * @param unitCodes one unit code per row
     * @return this builder
     */
    public Builder units(String... unitCodes) {
      this.rowUnits = new ArrayList<>(Arrays.asList(unitCodes));
      return this;
    }

    /**
     * Names a unit.
     *
     * @param code the unit's code
     * @param name its name, e.g. "Sở Ngoại vụ"
     * @return this builder
     */
    public Builder unitName(String code, String name) {
      unitNames.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Sets the sampling weights (trọng số mẫu), one per row.
     *
     * @param weights positive and finite
     * @return this builder
     * @throws DdciValidationException naming the row if a weight is not positive and finite
     */
    public Builder weights(double... weights) {
      for (int i = 0; i < weights.length; i++) {
        checkArgument(
            Double.isFinite(weights[i]) && weights[i] > 0,
            "row %s: sampling weight %s is not a positive number",
            i + 1,
            weights[i]);
      }
      this.weights = weights.clone();
      return this;
    }

    /**
     * Sets an attribute of each row's respondent.
     *
     * @param name e.g. "quy_mo", "nganh"
     * @param values one per row; an empty string where the respondent did not state it
     * @return this builder
     */
    public Builder attribute(String name, String... values) {
      checkArgument(name != null && !name.isBlank(), "an attribute needs a name");
      checkAttributeValues(name, values);
      checkArgument(
          attributes.put(name, new ArrayList<>(Arrays.asList(values))) == null,
          "attribute %s is given twice",
          name);
      return this;
    }

    /**
     * Sets the answers of a select-one question.
     *
     * @param question the question's name
     * @param codes the options' codes in list order (at most {@value Responses#MAX_OPTIONS})
     * @param nonAnswers the codes that are non-answers ("không biết", "từ chối")
     * @param answers one code per row; null or "" when not answered
     * @return this builder
     * @throws DdciValidationException naming question, row and code for a code not in the list
     */
    public Builder selectOne(
        String question, List<String> codes, Set<String> nonAnswers, String... answers) {
      Options o = newQuestion(question, codes, nonAnswers);
      byte[] column = new byte[answers.length];
      for (int i = 0; i < answers.length; i++) {
        String a = answers[i];
        if (a == null || a.isEmpty()) {
          column[i] = MISSING;
          continue;
        }
        column[i] = (byte) o.position(question, i, a);
      }
      single.put(question, column);
      return this;
    }

    /**
     * Sets the answers of a question of a questionnaire: a select question's codes (its list's
     * non-answers as marked there), or a number question's values written as text.
     *
     * @param question the question
     * @param answers one per row: a code, codes separated by spaces, or a number; null or "" when
     *     not answered
     * @return this builder
     * @throws DdciValidationException naming question, row and value for a code not in the list or
     *     a number that is not one; for a text question
     */
    public Builder answers(Question question, String... answers) {
      Objects.requireNonNull(question, "question");
      String name = question.name();
      if (question.kind().isSelect()) {
        ChoiceList list = question.choiceList().orElseThrow();
        Set<String> nonAnswers = new HashSet<>();
        list.nonAnswers().forEach(c -> nonAnswers.add(c.code()));
        return question.kind() == QuestionKind.SELECT_ONE
            ? selectOne(name, list.codes(), nonAnswers, answers)
            : selectMultiple(name, list.codes(), nonAnswers, answers);
      }
      checkArgument(
          question.kind().isNumeric(), "question %s is %s, not scored", name, question.kind());
      double[] values = new double[answers.length];
      List<Integer> blank = new ArrayList<>();
      for (int i = 0; i < answers.length; i++) {
        String a = answers[i];
        if (a == null || a.isBlank()) {
          blank.add(i);
          continue;
        }
        double v;
        try {
          v = Double.parseDouble(a.strip());
        } catch (NumberFormatException e) {
          throw new DdciValidationException(
              "question " + name + ", row " + (i + 1) + ": " + a + " is not a number", e);
        }
        values[i] = v;
      }
      number(name, values);
      return missing(name, blank.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Sets the answers of a select-one question as positions in its list (what a generator or a
     * reader that has decoded them gives): the fast path.
     *
     * @param question the question's name
     * @param codes the options' codes in list order
     * @param nonAnswers the codes that are non-answers
     * @param positions one position per row, {@link Responses#MISSING} when not answered
     * @return this builder
     * @throws DdciValidationException naming question and row for a position outside the list
     */
    public Builder selectOnePositions(
        String question, List<String> codes, Set<String> nonAnswers, byte[] positions) {
      newQuestion(question, codes, nonAnswers);
      for (int i = 0; i < positions.length; i++) {
        byte p = positions[i];
        checkArgument(
            p == MISSING || (p >= 0 && p < codes.size()),
            "question %s, row %s: position %s is outside its %s options",
            question,
            i + 1,
            p,
            codes.size());
      }
      single.put(question, positions.clone());
      return this;
    }

    /**
     * Sets the answers of a select-multiple question.
     *
     * @param question the question's name
     * @param codes the options' codes in list order
     * @param nonAnswers the codes that are non-answers
     * @param answers one answer per row: the codes chosen, separated by spaces (XLSForm's way);
     *     null or "" when not answered
     * @return this builder
     * @throws DdciValidationException naming question, row and code for a code not in the list
     */
    public Builder selectMultiple(
        String question, List<String> codes, Set<String> nonAnswers, String... answers) {
      Options o = newQuestion(question, codes, nonAnswers);
      long[] column = new long[answers.length];
      for (int i = 0; i < answers.length; i++) {
        String a = answers[i];
        if (a == null || a.isBlank()) {
          column[i] = MISSING_MULTIPLE;
          continue;
        }
        long bits = 0;
        for (String c : a.strip().split("\\s+")) {
          bits |= 1L << o.position(question, i, c);
        }
        column[i] = bits;
      }
      multiple.put(question, column);
      return this;
    }

    /**
     * Sets the answers of a number question (days, million VND, %).
     *
     * @param question the question's name
     * @param values one per row, finite; mark a row not answered with {@link #missing}
     * @return this builder
     * @throws DdciValidationException naming question and row for a value that is not finite
     */
    public Builder number(String question, double... values) {
      checkNew(question);
      for (int i = 0; i < values.length; i++) {
        checkArgument(
            Double.isFinite(values[i]),
            "question %s, row %s: %s is not a finite number (mark it missing instead)",
            question,
            i + 1,
            values[i]);
      }
      numbers.put(question, values.clone());
      return this;
    }

    /**
     * Marks number answers as not answered.
     *
     * @param question a number question already set
     * @param rows the rows, from 0
     * @return this builder
     */
    public Builder missing(String question, int... rows) {
      double[] c = numbers.get(question);
      checkArgument(c != null, "question %s is not a number question set before", question);
      for (int r : rows) {
        checkArgument(r >= 0 && r < c.length, "question %s: no row %s", question, r);
        c[r] = Double.NaN;
      }
      return this;
    }

    private Options newQuestion(String question, List<String> codes, Set<String> nonAnswers) {
      checkNew(question);
      Options o = new Options(question, codes, nonAnswers);
      options.put(question, o);
      return o;
    }

    private void checkNew(String question) {
      Objects.requireNonNull(question, "question");
      checkArgument(!question.isBlank(), "a question needs a name");
      checkArgument(
          !single.containsKey(question)
              && !multiple.containsKey(question)
              && !numbers.containsKey(question),
          "question %s is given twice",
          question);
    }

    /**
     * Builds the answers.
     *
     * @return the answers
     * @throws DdciValidationException naming what is wrong: no row, a column whose length differs
     *     from the rows', a row without a unit, or the same respondent rating a unit twice
     */
    public Responses build() {
      int n = respondents.size();
      checkArgument(n > 0, "a survey needs at least one row");
      checkArgument(rowUnits.size() == n, "%s units for %s rows", rowUnits.size(), n);
      Map<String, Integer> unitIndex = new LinkedHashMap<>();
      unitNames.keySet().forEach(u -> unitIndex.put(u, unitIndex.size()));
      int[] unitOf = new int[n];
      Set<String> pairs = new HashSet<>();
      for (int i = 0; i < n; i++) {
        String id = respondents.get(i);
        String u = rowUnits.get(i);
        checkArgument(id != null && !id.isBlank(), "row %s has no respondent id", i + 1);
        checkArgument(u != null && !u.isBlank(), "row %s (respondent %s) rates no unit", i + 1, id);
        checkArgument(
            pairs.add(id + "\u0000" + u),
            "row %s: respondent %s rates unit %s twice",
            i + 1,
            id,
            u);
        unitOf[i] = unitIndex.computeIfAbsent(u, k -> unitIndex.size());
      }
      checkLength("weights", weights == null ? n : weights.length, n);
      attributes.forEach((k, v) -> checkLength("attribute " + k, v.size(), n));
      single.forEach((k, v) -> checkLength("question " + k, v.length, n));
      multiple.forEach((k, v) -> checkLength("question " + k, v.length, n));
      numbers.forEach((k, v) -> checkLength("question " + k, v.length, n));
      Set<String> rated = new HashSet<>(rowUnits);
      unitNames
          .keySet()
          .forEach(
              u -> checkArgument(rated.contains(u), "unit %s is named but rated by no row", u));
      return new Responses(this, unitOf, ImmutableList.copyOf(unitIndex.keySet()));
    }

    private static void checkLength(String what, int length, int rows) {
      checkArgument(length == rows, "%s has %s values for %s rows", what, length, rows);
    }
  }
}
