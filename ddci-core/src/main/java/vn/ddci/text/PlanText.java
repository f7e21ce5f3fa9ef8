package vn.ddci.text;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ddci.assessment.Confidence;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.goal.GainSplit;
import vn.ddci.goal.GoalOutcome;
import vn.ddci.goal.Likelihood;
import vn.ddci.goal.Requirement;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Task;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.progress.TargetProgress;
import vn.ddci.ranking.MedianClass;

/**
 * Writes a plan's words (lời văn của kế hoạch) in Vietnamese or English from the model alone:
 * section II (the total; the components above, at and below the median; the priorities), section
 * III (the tasks of each component, with their leads and supports), section IV (the focal point and
 * the quarterly reporting), the reporting coverage of a quarter and the progress of targets.
 *
 * <p>Like {@link java.time.format.DateTimeFormatter}, a {@code PlanText} is an immutable,
 * thread-safe formatter: get one for a language, then ask it for the lines of a section. Numbers
 * follow the language's {@link NumberStyle} (5,82 / 5.82; 02/25; "−1,92" with a true minus; "tăng 7
 * bậc" / "up 7 places"), and every figure is printed at its published precision. Nothing is
 * labelled "illustrative" unless the caller asks for it with {@link
 * #withIllustrativeLabel(String)}.
 *
 * <pre>{@code
 * PlanText vi = PlanText.of(Language.VIETNAMESE);
 * vi.sectionII(UnitAssessment.of(standing2023)).forEach(System.out::println);
 * // a) 04/08 chỉ số thành phần có xếp hạng trên trung vị:
 * PlanText.of(Language.ENGLISH).sectionIII(plan);
 * }</pre>
 *
 * <p>Every method throws {@link NullPointerException} for a null argument, and returns lines
 * without a final full stop unless a sentence is stated on its own.
 */
public final class PlanText {
  private static final PlanText VIETNAMESE = new PlanText(Language.VIETNAMESE, Optional.empty());
  private static final PlanText ENGLISH = new PlanText(Language.ENGLISH, Optional.empty());

  private final Language language;
  private final NumberStyle style;
  private final Optional<String> label;
  private final SectionTwo two;
  private final SectionThree three;
  private final SectionFour four;
  private final AssessmentTable table;
  private final GoalWords goals;
  private final TargetWords targets;

  private PlanText(Language language, Optional<String> label) {
    this.language = language;
    this.style = NumberStyle.of(language);
    this.label = label;
    this.two = new SectionTwo(language, label);
    this.three = new SectionThree(language, label);
    this.four = new SectionFour(language, label);
    this.table = new AssessmentTable(language, label);
    this.goals = new GoalWords(language, label);
    this.targets = new TargetWords(language, label);
  }

  /**
   * Returns the plan's words in a language, without an illustrative label.
   *
   * @param language Vietnamese or English
   * @return the formatter
   */
  public static PlanText of(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.VIETNAMESE ? VIETNAMESE : ENGLISH;
  }

  /**
   * Returns the plan's words in Vietnamese (tiếng Việt), as plans are written.
   *
   * @return the Vietnamese formatter
   */
  public static PlanText vietnamese() {
    return VIETNAMESE;
  }

  /**
   * Returns the plan's words in English (tiếng Anh).
   *
   * @return the English formatter
   */
  public static PlanText english() {
    return ENGLISH;
  }

  /**
   * Returns the language.
   *
   * @return Vietnamese or English
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the number style of the language.
   *
   * @return the style
   */
  public NumberStyle numberStyle() {
    return style;
  }

  /**
   * Returns the label put in brackets after every heading and every target's progress, if asked
   * for: e.g. "DỮ LIỆU MINH HỌA" (illustrative data).
   *
   * @return the label, or empty (the default)
   */
  public Optional<String> illustrativeLabel() {
    return label;
  }

  /**
   * Returns a copy that marks its headings and targets' progress with a label, for data invented to
   * show the computations (dữ liệu minh họa).
   *
   * @param label e.g. "DỮ LIỆU MINH HỌA – illustrative data"; not blank
   * @return the labelled formatter
   * @throws IllegalArgumentException if the label is blank
   */
  public PlanText withIllustrativeLabel(String label) {
    Objects.requireNonNull(label, "label");
    if (label.isBlank()) {
      throw new IllegalArgumentException("an illustrative label must not be blank");
    }
    return new PlanText(language, Optional.of(label.strip()));
  }

  /**
   * Returns a copy without an illustrative label.
   *
   * @return the unlabelled formatter
   */
  public PlanText withoutIllustrativeLabel() {
    return of(language);
  }

  // ---------------------------------------------------------------- section II

  /**
   * Writes section II of a plan (Đánh giá kết quả thực hiện DDCI): the total; the components above
   * the median rank, at it (only possible when the block has an odd number of units), below it, and
   * those not assessed, each group counted of all the framework's components so that none is left
   * out; then the priorities for next year (below the median, or declined).
   *
   * @param a the unit's assessment
   * @return the lines of the section, the heading first
   */
  public List<String> sectionII(UnitAssessment a) {
    return two.sectionII(a);
  }

  /**
   * Describes one measure as section II does: score, rank (and tie), rank change, its confidence
   * interval when known, score change, improvement rank, last year's total, gaps to the leader and
   * to the median score; or, when nothing of last year is known, that there is nothing to compare
   * with (a first year).
   *
   * <p>Vietnamese: "xếp hạng 17/25, giảm 15 bậc so với năm 2022, mức độ cải thiện −1,92 điểm".
   * English: "rank 17/25, down 15 places since 2022, score change −1.92 points".
   *
   * @param m the measure's assessment
   * @param a the unit's assessment it belongs to, for the years
   * @return one sentence without a final full stop
   */
  public String describe(MeasureAssessment m, UnitAssessment a) {
    return two.describe(m, a);
  }

  /**
   * States a rank change's confidence interval (khoảng tin cậy) and whether the change is
   * statistically significant: "khoảng tin cậy 90 %: từ 3 đến 11 bậc", "khoảng tin cậy 90 %: giảm
   * từ 1 đến 4 bậc", "khoảng tin cậy 90 %: từ giảm 2 đến tăng 4 bậc, thay đổi không có ý nghĩa
   * thống kê", "khoảng tin cậy 90 %: giữ"; in English "90% confidence interval: up 3 to 11 places"
   * and so on.
   *
   * @param c the confidence of a measure
   * @return the phrase
   */
  public String interval(Confidence c) {
    return two.interval(c);
  }

  /**
   * Says where section II's intervals come from, or that none can be given: published results
   * without the survey's answers give none.
   *
   * @param a the unit's assessment
   * @return one sentence with its full stop
   */
  public String confidenceNote(UnitAssessment a) {
    return two.confidenceNote(a);
  }

  /**
   * Lists the measures whose rank change is statistically significant: "Thay đổi thứ hạng có ý
   * nghĩa thống kê: Cạnh tranh bình đẳng (giảm 2 bậc)", or "… : không có" when none is.
   *
   * @param a the unit's assessment, carrying confidences
   * @return one line
   */
  public String significantChanges(UnitAssessment a) {
    return two.significantChanges(a);
  }

  /**
   * Writes section II as a table (bảng đánh giá): a header row, then the total and every component
   * of the framework in its order, with this year's score and rank ("02/25"; "01/25 (đồng vị trí)"
   * when tied), last year's, the score change (mức độ cải thiện), the rank change (thay đổi thứ
   * hạng: + is up) and the place against the median rank (trên, bằng, dưới trung vị); a component
   * not assessed keeps its row, with dashes and "chưa đánh giá". Figures are at their published
   * precision, in the language's style.
   *
   * @param a the unit's assessment
   * @return the rows, the header first; every row has eight cells
   */
  public List<List<String>> table(UnitAssessment a) {
    return table.table(a);
  }

  // ---------------------------------------------------------------- goals

  /**
   * Lists the goals a plan sets (mục tiêu phấn đấu), as its section I states them: a heading, then
   * a line per goal with its measure and target ("- Tổng điểm: 10/25", "- Chi phí thời gian: tăng
   * 0,50 điểm", "- Thiết chế pháp lý: xếp hạng trên trung vị"), the year in brackets when it is not
   * the plan's.
   *
   * @param plan the plan
   * @return the lines; none when the plan sets no goal
   */
  public List<String> goals(Plan plan) {
    return goals.goals(plan);
  }

  /**
   * States whether a plan's goals were met (kết quả thực hiện mục tiêu phấn đấu): a heading
   * (labelled when asked), a summary line, then a line per goal in the given order.
   *
   * <p>When every goal was met, the summary follows the seed's wording ("Sở Ngoại vụ đã đạt mục
   * tiêu phấn đấu so với kế hoạch đặt ra năm 2022 tăng lên 80.45 năm 2023", where "năm 2022" begins
   * the score's rise, not the goals' year) and ends with the goals' year: "Sở Ngoại vụ đã đạt mục
   * tiêu phấn đấu so với kế hoạch đặt ra năm 2023." ("Sở Ngoại vụ met the goals its plan set for
   * 2023."); "… chưa đạt mục tiêu phấn đấu …" when none was; otherwise the counts: "Sở Ngoại vụ đạt
   * 02/03 mục tiêu phấn đấu so với kế hoạch đặt ra năm 2023, chưa đạt 01 mục tiêu" ("… met 2 of 3
   * goals its plan set for 2023; 1 not met"), with the goals not judged counted apart.
   *
   * @param outcomes the outcomes of one unit's goals, as {@link vn.ddci.goal.GoalCheck} gives them
   * @return the lines; none for no outcome
   * @throws vn.ddci.DdciValidationException if the outcomes are of several units
   */
  public List<String> goalsMet(List<GoalOutcome> outcomes) {
    return goals.goalsMet(outcomes);
  }

  /**
   * States one goal's outcome with the figure reached and the margin, without the measure's name:
   *
   * <ul>
   *   <li>"đạt 80,45 điểm, vượt mục tiêu 0,45 điểm (mục tiêu 80,00 điểm)"; "đạt 80,00 điểm, đạt
   *       đúng mục tiêu 80,00 điểm"; "đạt 80,45 điểm, chưa đạt mục tiêu 81,00 điểm (thiếu 0,55
   *       điểm)";
   *   <li>"xếp hạng 15/25, chưa đạt mục tiêu 12/25 (kém 3 bậc)"; "xếp hạng 10/25, vượt mục tiêu
   *       12/25 (2 bậc)";
   *   <li>"xếp hạng 13/25, bằng trung vị, chưa đạt mục tiêu xếp hạng trên trung vị (kém 1 bậc)";
   *       "xếp hạng 20/25, đạt mục tiêu ra khỏi nhóm 05 đơn vị cuối bảng";
   *   <li>"mức độ cải thiện +5,82 điểm, vượt mục tiêu 3,82 điểm (mục tiêu tăng 2,00 điểm)"; "tăng
   *       23 bậc so với năm 2022, vượt mục tiêu tăng 3 bậc (20 bậc)";
   *   <li>"chưa đánh giá được mục tiêu tăng 2,00 điểm: thiếu số liệu năm 2022 để tính mức độ cải
   *       thiện".
   * </ul>
   *
   * <p>English: "80.45 points, 0.45 points above the goal of 80.00 points"; "rank 15/25, short of
   * the goal of 12/25 by 3 places"; "rank 13/25, at the median, goal not met (above the median): 1
   * place short"; "goal rank 12/25 cannot be judged: the rank is unknown (…)".
   *
   * @param outcome a goal's outcome
   * @return one sentence without a final full stop
   */
  public String goal(GoalOutcome outcome) {
    return goals.goal(outcome);
  }

  // ---------------------------------------------------------------- section III

  /**
   * Writes section III of a plan (Giải pháp thực hiện): how many components have tasks, and, when
   * the plan states its assessment, how many components below the median and priorities have a task
   * with a lead; then each component with its tasks, each task with its lead (đơn vị chủ trì),
   * supporting (phối hợp) and monitoring divisions; last, the tasks without a lead and the
   * priorities without one.
   *
   * @param plan the plan
   * @return the lines of the section, the heading first
   */
  public List<String> sectionIII(Plan plan) {
    return three.sectionIII(plan);
  }

  /**
   * States the divisions of a task by role: "Đơn vị chủ trì thực hiện: Văn phòng Sở; phối hợp:
   * Phòng Lãnh sự - Hợp tác quốc tế", "Lead: Văn phòng Sở; support: …", or that it has no lead.
   *
   * @param task the task
   * @return one line
   */
  public String roles(Task task) {
    return three.roles(task);
  }

  /**
   * Writes the responsibility matrix (ma trận phân công): a row per division, a column per task,
   * with C for the lead (chủ trì), P for support (phối hợp), T for monitoring (theo dõi), in
   * brackets when held through the group of all specialised divisions, and each division's load;
   * English uses L, S and M.
   *
   * @param plan the plan
   * @return the lines: the legend, the header, a row per division
   */
  public List<String> responsibilityMatrix(Plan plan) {
    return three.responsibilityMatrix(plan);
  }

  /**
   * Returns the responsibility matrix as a table (bảng phân công): a header row ("Đơn vị", then
   * each task's number), then a row per division with its name and, for each task, C (chủ trì), P
   * (phối hợp) or T (theo dõi) — L, S, M in English —, in brackets when held through the group of
   * all specialised divisions, empty when it has no role.
   *
   * @param plan the plan
   * @return the rows, the header first; every row has one cell more than the plan has tasks
   */
  public List<List<String>> responsibilityTable(Plan plan) {
    return three.responsibilityTable(plan);
  }

  // ---------------------------------------------------------------- section IV

  /**
   * Writes section IV of a plan (Tổ chức thực hiện): the focal point (đầu mối), the quarterly
   * reporting rule (who reports, to whom, how many quarters, when due), then each division's
   * responsibilities as written in the plan.
   *
   * @param plan the plan
   * @return the lines of the section, the heading first
   */
  public List<String> sectionIV(Plan plan) {
    return four.sectionIV(plan);
  }

  // ---------------------------------------------------------------- reporting

  /**
   * Writes a quarter's reporting coverage (độ bao phủ báo cáo quý): items received of those
   * expected and the percent, each reporting division's percent, the missing items and the late
   * ones.
   *
   * @param c the quarter's coverage
   * @return the lines, the quarter's own first
   */
  public List<String> reportingCoverage(ReportingCoverage c) {
    return four.reportingCoverage(c);
  }

  /**
   * States a target's progress (tiến độ chỉ tiêu): the last actual, the way from the baseline to
   * the target, the day measured, the value the linear path expects by then, and whether the task
   * is on track.
   *
   * @param taskNumber the task's number, e.g. "2.1"
   * @param p the target's progress
   * @return one line
   */
  public String targetProgress(String taskNumber, TargetProgress p) {
    return four.targetProgress(taskNumber, p);
  }

  /**
   * Writes the reporting of a plan as of a date: a heading naming the recipient, the coverage of
   * every quarter that is due by then or has reports, and the progress of every target.
   *
   * @param log the reports received
   * @param asOf the date of the targets' progress
   * @return the lines, the heading first
   */
  public List<String> reporting(ReportLog log, LocalDate asOf) {
    return four.reporting(log, asOf);
  }

  // ---------------------------------------------------------------- goals: what it takes

  /**
   * Writes a proposed goal table (bảng mục tiêu đề xuất) for a year: a heading, a header row, then
   * one row per requirement — the measure, last year's score and rank, the target, the points
   * needed ("+3,27", "đã đạt", or out of reach on the scale), the gain the split plans and its
   * share of the total gain — then a row for each component the split raises that has no
   * requirement, the shortfall if the split cannot reach the needed gain, and, when the weights are
   * an assumption (Lạng Sơn's), a note that the contributions are estimates. Cells are separated by
   * " | ".
   *
   * @param year the year the goals are for (last year's results + 1)
   * @param requirements what each measure takes, e.g. from {@link
   *     vn.ddci.goal.WhatItTakes#requirement}; the total first, as a rule
   * @param split the split of the total's gain across components
   * @return the lines of the table
   */
  public List<String> proposedGoals(Year year, List<Requirement> requirements, GainSplit split) {
    return targets.proposedGoals(year, requirements, split);
  }

  /**
   * States how likely a target is with the planned gains (khả năng đạt mục tiêu): "Khả năng đạt mục
   * tiêu 10/25 về tổng điểm: 72 % (500 lần lấy mẫu lại dữ liệu khảo sát năm trước)" ("Probability
   * of reaching 10/25 on the total: 72% (500 resamples of last year's survey)").
   *
   * @param likelihood from the resampling of last year's survey
   * @return one line
   */
  public String targetLikelihood(Likelihood likelihood) {
    return targets.likelihood(likelihood);
  }

  /**
   * Says that no probability of reaching the targets can be given: the published results come
   * without the survey's answers, so there is nothing to resample.
   *
   * @return one sentence
   */
  public String noTargetLikelihood() {
    return targets.noLikelihood();
  }

  // ---------------------------------------------------------------- words

  /**
   * Returns a component's name in the language: {@link Component#nameVi()} or {@link
   * Component#nameEn()}.
   *
   * @param c the component
   * @return its name
   */
  public String name(Component c) {
    return two.name(c);
  }

  /**
   * States a rank change over last year: "tăng 7 bậc so với năm 2022", "giảm 15 bậc …", "giữ nguyên
   * vị trí …"; "up 7 places since 2022", "down 15 places …", "same rank as in 2022".
   *
   * @param change last year's rank minus this year's; positive means up
   * @param lastYear the year compared with
   * @return the phrase
   */
  public String rankChange(int change, Year lastYear) {
    return two.rankChange(change, lastYear);
  }

  /**
   * States a position against the median rank: "trên trung vị", "bằng trung vị", "dưới trung vị";
   * "above the median", "at the median", "below the median".
   *
   * @param c the position
   * @return the words
   */
  public String medianClass(MedianClass c) {
    return two.medianClass(c);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanText
        && ((PlanText) o).language == language
        && ((PlanText) o).label.equals(label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(language, label);
  }

  /**
   * Returns e.g. {@code PlanText[VIETNAMESE]} or {@code PlanText[ENGLISH, label 'illustrative']}.
   */
  @Override
  public String toString() {
    return "PlanText[" + language + label.map(l -> ", label '" + l + "'").orElse("") + "]";
  }
}
