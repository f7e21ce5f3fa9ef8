package vn.ddci.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.threeten.extra.YearQuarter;
import vn.ddci.assessment.Confidence;
import vn.ddci.assessment.Improvement;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Component;
import vn.ddci.plan.ComponentCoverage;
import vn.ddci.plan.Division;
import vn.ddci.plan.Load;
import vn.ddci.plan.Plan;
import vn.ddci.plan.ReportingRule;
import vn.ddci.plan.Responsibility;
import vn.ddci.plan.Role;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;
import vn.ddci.progress.ReportItem;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.ReportingCoverage;
import vn.ddci.progress.TargetProgress;
import vn.ddci.ranking.MedianClass;
import vn.ddci.ranking.Standing;

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

  private PlanText(Language language, Optional<String> label) {
    this.language = language;
    this.style = NumberStyle.of(language);
    this.label = label;
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
    Objects.requireNonNull(a, "a");
    List<String> lines = new ArrayList<>();
    lines.add(
        labelled(
            w(
                "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM " + a.year(),
                "II. Assessment of the DDCI " + a.year() + " results")));
    lines.add(
        w(
            "1. Kết quả mức độ cải thiện chỉ số và vị trí xếp hạng",
            "1. Total score: improvement and rank"));
    lines.add(w("Tổng điểm: ", "Total: ") + describe(a.total(), a));
    List<Component> all = a.unit().block().framework().components();
    int n = all.size();
    lines.add(
        w(
            "2. Kết quả " + style.number(n) + " chỉ số thành phần DDCI",
            "2. The " + n + " DDCI component indices"));
    List<Component> at =
        a.components().entrySet().stream()
            .filter(e -> e.getValue().medianClass() == MedianClass.AT)
            .map(Map.Entry::getKey)
            .collect(Collectors.toList());
    List<List<Component>> groups =
        List.of(a.strengths(), at, a.weaknesses(), a.missingComponents());
    List<String> headings =
        List.of(
            w(
                " chỉ số thành phần có xếp hạng trên trung vị:",
                " component indices ranked above the median:"),
            w(
                " chỉ số thành phần có xếp hạng bằng trung vị (" + medianRank(a) + "):",
                " component indices ranked at the median (" + medianRank(a) + "):"),
            w(
                " chỉ số thành phần có xếp hạng dưới trung vị cần tập trung cải thiện:",
                " component indices ranked below the median, to focus on:"),
            w(
                " chỉ số thành phần không có xếp hạng công bố, không đánh giá được:",
                " component indices without a published rank, not assessed:"));
    char letter = 'a';
    for (int g = 0; g < groups.size(); g++) {
      List<Component> group = groups.get(g);
      boolean always = g == 0 || g == 2;
      if (group.isEmpty() && !always) {
        continue;
      }
      lines.add(letter + ") " + style.count(group.size(), n) + headings.get(g));
      letter++;
      for (Component c : group) {
        lines.add("- " + name(c) + (g == 3 ? "" : ": " + describe(a.component(c), a)));
      }
    }
    List<Component> priorities = a.priorities();
    lines.add(
        w(
            "3. Chỉ số cần ưu tiên cải thiện năm "
                + a.year().plusYears(1)
                + " (dưới trung vị hoặc giảm điểm): "
                + style.count(priorities.size(), n),
            "3. Priorities for "
                + a.year().plusYears(1)
                + " (below the median, or declined): "
                + style.count(priorities.size(), n)));
    priorities.forEach(c -> lines.add("- " + name(c)));
    return Collections.unmodifiableList(lines);
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
    Objects.requireNonNull(m, "m");
    Objects.requireNonNull(a, "a");
    int decimals = m.publishedDecimals();
    List<String> parts = new ArrayList<>();
    m.score().ifPresent(s -> parts.add(points(s.value(), decimals, false)));
    parts.add(w("xếp hạng ", "rank ") + m.standing().format() + tie(m.standing()));
    Improvement i = m.improvement();
    i.rankChange().ifPresent(r -> parts.add(rankChange(r, a.lastYear())));
    m.confidence().ifPresent(c -> parts.add(interval(c)));
    i.change()
        .ifPresent(
            c -> parts.add(w("mức độ cải thiện ", "score change ") + points(c, decimals, true)));
    i.improvementRank()
        .ifPresent(
            r ->
                parts.add(
                    w(
                        "xếp thứ " + r.format() + " về cải thiện",
                        "improvement rank " + r.format())));
    m.lastScore()
        .filter(x -> m.measure().isTotal())
        .ifPresent(
            s ->
                parts.add(
                    w(
                        "năm " + a.lastYear() + " đạt " + points(s.value(), decimals, false),
                        points(s.value(), decimals, false) + " in " + a.lastYear())));
    m.gapToLeader()
        .filter(g -> g.signum() > 0)
        .ifPresent(
            g ->
                parts.add(
                    w(
                        "cách đơn vị đứng đầu " + points(g, decimals, false),
                        points(g, decimals, false) + " behind the leader")));
    m.gapToMedian().ifPresent(g -> parts.add(gapToMedian(g, decimals)));
    if (i.change().isEmpty()
        && i.rankChange().isEmpty()
        && i.improvementRank().isEmpty()
        && m.lastStanding().isEmpty()) {
      parts.add(
          w(
              "chưa có số liệu năm " + a.lastYear() + " để so sánh",
              "no " + a.lastYear() + " figures to compare with"));
    }
    return String.join(", ", parts);
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
    Objects.requireNonNull(c, "c");
    int lo = c.rankChangeFrom();
    int hi = c.rankChangeTo();
    String range;
    if (lo == hi) {
      range =
          lo > 0
              ? w("tăng đúng " + lo + " bậc", "up exactly " + places(lo))
              : lo < 0
                  ? w("giảm đúng " + -lo + " bậc", "down exactly " + places(-lo))
                  : w("giữ", "no change");
    } else if (lo >= 0) {
      range = w("từ " + lo + " đến " + hi + " bậc", "up " + lo + " to " + hi + " places");
    } else if (hi <= 0) {
      range =
          w("giảm từ " + -hi + " đến " + -lo + " bậc", "down " + -hi + " to " + -lo + " places");
    } else {
      range =
          w(
              "từ giảm " + -lo + " đến tăng " + hi + " bậc",
              "from down " + -lo + " to up " + hi + " places");
    }
    String level = style.percentOf(c.level());
    boolean significant = c.rankChangeIsSignificant() || (lo == 0 && hi == 0);
    return w("khoảng tin cậy " + level + ": ", level + " confidence interval: ")
        + range
        + (significant
            ? ""
            : w(", thay đổi không có ý nghĩa thống kê", ", not statistically significant"));
  }

  /**
   * Says where section II's intervals come from, or that none can be given: published results
   * without the survey's answers give none.
   *
   * @param a the unit's assessment
   * @return one sentence with its full stop
   */
  public String confidenceNote(UnitAssessment a) {
    Objects.requireNonNull(a, "a");
    return a.total()
        .confidence()
        .map(
            c ->
                w(
                    "Khoảng tin cậy "
                        + style.percentOf(c.level())
                        + " của thay đổi thứ hạng được ước lượng từ dữ liệu khảo sát gốc"
                        + " (bootstrap người trả lời); xác suất tổng điểm thực sự tăng: "
                        + style.percentOf(c.probabilityScoreRose())
                        + ".",
                    "The "
                        + style.percentOf(c.level())
                        + " confidence intervals of the rank changes are estimated from the survey"
                        + " data ("
                        + c.method()
                        + "); probability that the total score truly rose: "
                        + style.percentOf(c.probabilityScoreRose())
                        + "."))
        .orElse(
            w(
                "Không tính được khoảng tin cậy: kết quả công bố không kèm dữ liệu khảo sát gốc.",
                "No confidence intervals: the published results come without the survey's"
                    + " answers."));
  }

  /**
   * Lists the measures whose rank change is statistically significant: "Thay đổi thứ hạng có ý
   * nghĩa thống kê: Cạnh tranh bình đẳng (giảm 2 bậc)", or "… : không có" when none is.
   *
   * @param a the unit's assessment, carrying confidences
   * @return one line
   */
  public String significantChanges(UnitAssessment a) {
    Objects.requireNonNull(a, "a");
    List<String> parts = new ArrayList<>();
    Map<String, MeasureAssessment> measures = new LinkedHashMap<>();
    measures.put(w("Tổng điểm", "Total"), a.total());
    a.components().forEach((c, m) -> measures.put(name(c), m));
    measures.forEach(
        (name, m) -> {
          if (m.confidence().map(Confidence::rankChangeIsSignificant).orElse(false)) {
            parts.add(name + " (" + moved(m.improvement().rankChange().orElse(0)) + ")");
          }
        });
    return w("Thay đổi thứ hạng có ý nghĩa thống kê: ", "Statistically significant rank changes: ")
        + (parts.isEmpty() ? w("không có", "none") : String.join("; ", parts));
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
    Objects.requireNonNull(plan, "plan");
    ComponentCoverage c = ComponentCoverage.of(plan);
    Map<Component, List<Task>> tasks = c.tasksPerComponent();
    int n = tasks.size();
    List<String> lines = new ArrayList<>();
    lines.add(
        labelled(
            w(
                "III. GIẢI PHÁP THỰC HIỆN CẢI THIỆN NĂNG LỰC CẠNH TRANH, NÂNG CAO CHỈ SỐ DDCI NĂM "
                    + plan.year(),
                "III. Measures to improve the DDCI in " + plan.year())));
    String summary =
        w(
            style.count(c.covered().size(), n) + " chỉ số thành phần có nhiệm vụ",
            c.covered().size() + " of " + n + " component indices have tasks");
    List<Component> priorities = List.of();
    if (plan.assessment().isPresent()) {
      int weaknesses = plan.assessment().get().weaknesses().size();
      priorities = c.priorities();
      int ledWeaknesses = weaknesses - c.weaknessesWithoutLead().size();
      int ledPriorities = priorities.size() - c.prioritiesWithoutLead().size();
      summary +=
          w(
              "; "
                  + style.count(ledWeaknesses, weaknesses)
                  + " chỉ số dưới trung vị và "
                  + style.count(ledPriorities, priorities.size())
                  + " chỉ số cần ưu tiên (dưới trung vị hoặc giảm điểm) có nhiệm vụ với đơn vị chủ"
                  + " trì",
              "; "
                  + style.count(ledWeaknesses, weaknesses)
                  + " below the median and "
                  + style.count(ledPriorities, priorities.size())
                  + " priorities (below the median, or declined) have a task with a lead");
    }
    lines.add(summary);
    int index = 1;
    for (Map.Entry<Component, List<Task>> e : tasks.entrySet()) {
      Component component = e.getKey();
      List<Task> list = e.getValue();
      lines.add(
          index++
              + w(". Chỉ số ", ". ")
              + name(component)
              + (priorities.contains(component) ? w(" (ưu tiên)", " (priority)") : "")
              + ": "
              + (list.isEmpty()
                  ? w("chưa có nhiệm vụ", "no task")
                  : w(
                      style.number(list.size()) + " nhiệm vụ",
                      list.size() + (list.size() == 1 ? " task" : " tasks"))));
      for (Task t : list) {
        lines.add("- " + t.number() + ". " + t.title());
        lines.add("  " + roles(t));
      }
    }
    for (Task t : Responsibility.of(plan).tasksWithoutLead()) {
      lines.add(
          w("Nhiệm vụ chưa có đơn vị chủ trì: ", "Task without a lead: ")
              + t.number()
              + " ("
              + t.components().stream().map(this::name).collect(Collectors.joining(", "))
              + ")");
    }
    if (plan.assessment().isPresent()) {
      for (Component missing : c.prioritiesWithoutLead()) {
        lines.add(
            w("Chỉ số ưu tiên chưa có đơn vị chủ trì: ", "Priority without a lead: ")
                + name(missing));
      }
    }
    return Collections.unmodifiableList(lines);
  }

  /**
   * States the divisions of a task by role: "Đơn vị chủ trì thực hiện: Văn phòng Sở; phối hợp:
   * Phòng Lãnh sự - Hợp tác quốc tế", "Lead: Văn phòng Sở; support: …", or that it has no lead.
   *
   * @param task the task
   * @return one line
   */
  public String roles(Task task) {
    Objects.requireNonNull(task, "task");
    List<String> parts = new ArrayList<>();
    List<Division> leads = task.divisions(Role.LEAD);
    parts.add(
        w("Đơn vị chủ trì thực hiện: ", "Lead: ")
            + (leads.isEmpty() ? w("chưa có", "none") : divisions(leads)));
    List<Division> supports = task.divisions(Role.SUPPORT);
    if (!supports.isEmpty()) {
      parts.add(w("phối hợp: ", "support: ") + divisions(supports));
    }
    List<Division> monitors = task.divisions(Role.MONITOR);
    if (!monitors.isEmpty()) {
      parts.add(
          w("theo dõi, tổng hợp báo cáo: ", "monitoring and reporting: ") + divisions(monitors));
    }
    return String.join("; ", parts);
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
    Objects.requireNonNull(plan, "plan");
    Responsibility r = Responsibility.of(plan);
    List<String> lines = new ArrayList<>();
    lines.add(
        w(
            "Ma trận phân công (C: chủ trì, P: phối hợp, T: theo dõi, tổng hợp; (C): qua nhóm các"
                + " phòng chuyên môn):",
            "Responsibility matrix (L: lead, S: support, M: monitoring; (L): through the group of"
                + " all specialised divisions):"));
    StringBuilder header = new StringBuilder(String.format("%-42s", ""));
    plan.tasks().forEach(t -> header.append(String.format(" %-4s", t.number())));
    header.append(w("  C/P/T", "  L/S/M"));
    lines.add(header.toString());
    for (Division d : r.matrix().rowKeySet()) {
      StringBuilder row = new StringBuilder(String.format("%-42s", d.name()));
      for (Task t : plan.tasks()) {
        Role own = r.matrix().get(d, t.number());
        String cell =
            own != null
                ? letter(own)
                : t.roleOf(d).map(inherited -> "(" + letter(inherited) + ")").orElse(".");
        row.append(String.format(" %-4s", cell));
      }
      Load load = r.load(d);
      row.append(String.format("  %d/%d/%d", load.led(), load.supported(), load.monitored()));
      lines.add(row.toString());
    }
    return Collections.unmodifiableList(lines);
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
    Objects.requireNonNull(plan, "plan");
    ReportingRule rule = plan.reportingRule();
    int quarters = plan.quarters().size();
    List<String> lines = new ArrayList<>();
    lines.add(labelled(w("IV. TỔ CHỨC THỰC HIỆN", "IV. Implementation")));
    lines.add(
        w("Đầu mối theo dõi, đôn đốc, tổng hợp: ", "Focal point (follows up and compiles): ")
            + plan.focalPoint().name());
    lines.add(
        w(
            divisions(rule.reporters())
                + " báo cáo kết quả định kỳ từng quý ("
                + style.number(quarters)
                + " quý) gửi "
                + rule.recipient().name()
                + ", hạn "
                + rule.dueDays()
                + " ngày sau khi kết thúc quý",
            divisions(rule.reporters())
                + " report every quarter ("
                + quarters
                + (quarters == 1 ? " quarter" : " quarters")
                + ") to "
                + rule.recipient().name()
                + ", due "
                + rule.dueDays()
                + (rule.dueDays() == 1 ? " day" : " days")
                + " after the quarter ends"));
    int index = 1;
    for (Map.Entry<Division, String> e : plan.responsibilities().entrySet()) {
      lines.add(index++ + ". " + e.getKey().name() + ": " + e.getValue().strip());
    }
    return Collections.unmodifiableList(lines);
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
    Objects.requireNonNull(c, "c");
    long received = c.expected().stream().filter(c.received()::contains).count();
    List<String> lines = new ArrayList<>();
    lines.add(
        w(
                "Quý " + quarter(c.quarter()) + " (hạn " + style.date(c.dueDate()) + "): nhận ",
                "Q" + quarter(c.quarter()) + " (due " + style.date(c.dueDate()) + "): received ")
            + style.count((int) received, c.expected().size())
            + " ("
            + style.percent(c.percent())
            + ")");
    c.percentByDivision().forEach((d, p) -> lines.add("  " + d.name() + ": " + style.percent(p)));
    lines.add(w("  Thiếu: ", "  Missing: ") + items(c.missing()));
    lines.add(w("  Nộp muộn: ", "  Late: ") + items(c.late()));
    return Collections.unmodifiableList(lines);
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
    Objects.requireNonNull(taskNumber, "taskNumber");
    Objects.requireNonNull(p, "p");
    Target t = p.target();
    String unit = t.unitOfMeasure();
    return w("Chỉ tiêu của nhiệm vụ ", "Target of task ")
        + taskNumber
        + label.map(l -> " (" + l + ")").orElse("")
        + ", "
        + t.indicator()
        + ": "
        + style.decimal(p.actual())
        + " "
        + unit
        + " ("
        + style.decimal(t.baseline())
        + " → "
        + style.decimal(t.target())
        + w(") ngày ", ") on ")
        + style.date(p.measuredOn())
        + w(", theo lộ trình ", ", the linear path expects ")
        + style.figure(p.expectedValue(), 2)
        + " "
        + unit
        + " – "
        + (p.onTrack() ? w("đúng tiến độ", "on track") : w("chậm tiến độ", "behind"));
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
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(asOf, "asOf");
    Plan plan = log.plan();
    List<String> lines = new ArrayList<>();
    lines.add(
        labelled(
                w("Báo cáo quý gửi ", "Quarterly reports to ")
                    + plan.reportingRule().recipient().name())
            + ":");
    for (YearQuarter quarter : plan.quarters()) {
      ReportingCoverage c = log.coverage(quarter);
      if (c.dueDate().isAfter(asOf) && !log.effective().containsColumn(quarter)) {
        continue; // not due yet, and nothing received
      }
      lines.addAll(reportingCoverage(c));
    }
    for (Task t : plan.tasks()) {
      for (Target target : t.targets()) {
        log.targetProgress(t.number(), target.indicator(), asOf)
            .ifPresent(p -> lines.add(targetProgress(t.number(), p)));
      }
    }
    return Collections.unmodifiableList(lines);
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
    Objects.requireNonNull(c, "c");
    return language == Language.VIETNAMESE ? c.nameVi() : c.nameEn();
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
    Objects.requireNonNull(lastYear, "lastYear");
    if (change == 0) {
      return w("giữ nguyên vị trí so với năm " + lastYear, "same rank as in " + lastYear);
    }
    return moved(change) + w(" so với năm ", " since ") + lastYear;
  }

  /**
   * States a position against the median rank: "trên trung vị", "bằng trung vị", "dưới trung vị";
   * "above the median", "at the median", "below the median".
   *
   * @param c the position
   * @return the words
   */
  public String medianClass(MedianClass c) {
    Objects.requireNonNull(c, "c");
    switch (c) {
      case ABOVE:
        return w(c.vietnamese(), "above the median");
      case AT:
        return w(c.vietnamese(), "at the median");
      default:
        return w(c.vietnamese(), "below the median");
    }
  }

  private String medianRank(UnitAssessment a) {
    int n = a.total().standing().outOf();
    String rank = style.medianRank(n);
    return w("hạng " + rank + "/" + n, "rank " + rank + " of " + n);
  }

  private String moved(int places) {
    if (places > 0) {
      return w("tăng " + places + " bậc", "up " + places(places));
    }
    if (places < 0) {
      return w("giảm " + -places + " bậc", "down " + places(-places));
    }
    return w("giữ", "no change");
  }

  private String gapToMedian(BigDecimal gap, int decimals) {
    if (gap.signum() == 0) {
      return w("bằng điểm trung vị", "equal to the median score");
    }
    String points = points(gap.abs(), decimals, false);
    return gap.signum() > 0
        ? w("thấp hơn điểm trung vị " + points, points + " below the median score")
        : w("cao hơn điểm trung vị " + points, points + " above the median score");
  }

  private String tie(Standing s) {
    if (!s.isTied()) {
      return "";
    }
    int others = s.tiedCount() - 1;
    return w(
        " (đồng vị trí bậc " + s.rank() + " với " + style.number(others) + " đơn vị khác)",
        " (tied at rank "
            + s.rank()
            + " with "
            + others
            + (others == 1 ? " other unit)" : " other units)"));
  }

  private String points(BigDecimal value, int decimals, boolean signed) {
    String figure = signed ? style.signed(value, decimals) : style.figure(value, decimals);
    return figure + w(" điểm", BigDecimal.ONE.compareTo(value.abs()) == 0 ? " point" : " points");
  }

  private static String places(int n) {
    return n + (n == 1 ? " place" : " places");
  }

  private String divisions(List<Division> divisions) {
    return divisions.stream().map(Division::name).collect(Collectors.joining(", "));
  }

  private String items(Set<ReportItem> items) {
    if (items.isEmpty()) {
      return w("không", "none");
    }
    Function<ReportItem, Division> byDivision = ReportItem::division;
    return items.stream()
        .collect(
            Collectors.groupingBy(
                byDivision,
                LinkedHashMap::new,
                Collectors.mapping(ReportItem::task, Collectors.joining(", "))))
        .entrySet()
        .stream()
        .map(e -> e.getKey().name() + " (" + e.getValue() + ")")
        .collect(Collectors.joining("; "));
  }

  private static String quarter(YearQuarter q) {
    return q.getQuarterValue() + "/" + q.getYear();
  }

  private String letter(Role role) {
    switch (role) {
      case LEAD:
        return w("C", "L");
      case SUPPORT:
        return w("P", "S");
      default:
        return w("T", "M");
    }
  }

  private String labelled(String heading) {
    return heading + label.map(l -> " (" + l + ")").orElse("");
  }

  private String w(String vietnamese, String english) {
    return language == Language.VIETNAMESE ? vietnamese : english;
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
