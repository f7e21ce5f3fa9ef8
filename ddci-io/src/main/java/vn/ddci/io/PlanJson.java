package vn.ddci.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.goal.Goal;
import vn.ddci.io.JsonSupport.Where;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.ReportingRule;
import vn.ddci.plan.Role;
import vn.ddci.plan.Signer;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;
import vn.ddci.result.Unit;

/**
 * Plans as JSON: complete and lossless (a plan written and read back is equal to itself), with a
 * {@code schemaVersion} (1) and the shape documented in {@code ddci-io/docs/json-schema.md}.
 *
 * <p>Reading is strict: an unknown field is rejected with its path, and so are a missing field, a
 * wrong {@code schemaVersion}, nesting deeper than 32 levels, strings over a million characters and
 * files over 16 MiB. Every failure is a {@link DdciIoException} naming the file, the path ({@code
 * $.tasks[2].number}) and the value; a read is all or nothing. Writing goes to a temporary file
 * that replaces the target at once, so a target is never left half-written.
 *
 * <pre>{@code
 * PlanJson.write(plan, Path.of("target/plan.json"));
 * Plan back = PlanJson.read(Path.of("target/plan.json"));   // equals plan
 * }</pre>
 */
public final class PlanJson {
  private PlanJson() {}

  /**
   * Returns a plan as JSON text.
   *
   * @param plan the plan
   * @return the JSON, indented, ending with a line break
   */
  public static String toJson(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return JsonSupport.write(dto(plan));
  }

  /**
   * Writes a plan to a file, atomically.
   *
   * @param plan the plan
   * @param file the target file; replaced if it exists
   * @throws DdciIoException if the file cannot be written
   */
  public static void write(Plan plan, Path file) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(file, "file");
    JsonSupport.writeAtomically(file, toJson(plan));
  }

  /**
   * Reads a plan from a file.
   *
   * @param file the JSON file
   * @return the plan
   * @throws DdciIoException naming the file, path and value when anything is wrong
   */
  public static Plan read(Path file) {
    Objects.requireNonNull(file, "file");
    return plan(JsonSupport.read(file, Dto.Plan.class), file.toString());
  }

  /**
   * Reads a plan from JSON text.
   *
   * @param json the JSON
   * @param source the name to give in messages
   * @return the plan
   * @throws DdciIoException naming the source, path and value when anything is wrong
   */
  public static Plan fromJson(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    return plan(JsonSupport.parse(json, source, Dto.Plan.class), source);
  }

  private static Dto.Plan dto(Plan p) {
    List<Dto.Task> tasks = new ArrayList<>();
    for (Task t : p.tasks()) {
      Map<String, String> roles = new LinkedHashMap<>();
      t.roles().forEach((d, r) -> roles.put(d.name(), r.name()));
      List<Dto.Target> targets = new ArrayList<>();
      for (Target g : t.targets()) {
        targets.add(
            new Dto.Target(
                g.indicator(), g.unitOfMeasure(), g.baseline(), g.target(), g.direction().name()));
      }
      tasks.add(
          new Dto.Task(
              t.number(),
              t.title(),
              t.activities(),
              t.components().stream().map(Component::code).toList(),
              roles,
              t.start().map(LocalDate::toString).orElse(null),
              t.due().map(LocalDate::toString).orElse(null),
              targets.isEmpty() ? null : targets));
    }
    Map<String, String> responsibilities = new LinkedHashMap<>();
    p.responsibilities().forEach((d, text) -> responsibilities.put(d.name(), text));
    ReportingRule rule = p.reportingRule();
    return new Dto.Plan(
        JsonSupport.SCHEMA_VERSION,
        ModelJson.unit(p.issuingUnit()),
        p.year().getValue(),
        p.title(),
        p.legalBasis(),
        p.purposes(),
        p.assessment().map(ModelJson::assessment).orElse(null),
        p.goals().isEmpty() ? null : p.goals().stream().map(PlanJson::goal).toList(),
        p.divisions().stream().map(ModelJson::division).toList(),
        tasks,
        responsibilities,
        p.focalPoint().name(),
        new Dto.Rule(
            rule.reporters().stream().map(Division::name).toList(),
            rule.recipient().name(),
            rule.dueDays()),
        new Dto.Signer(p.signer().title(), p.signer().name()),
        p.recipients(),
        p.start().toString(),
        p.end().toString());
  }

  private static Plan plan(Dto.Plan dto, String source) {
    Where at = new Where(source, "$");
    JsonSupport.checkVersion(dto.schemaVersion(), at);
    Unit unit = ModelJson.unit(dto.issuingUnit(), at.field("issuingUnit"));
    Framework f = unit.block().framework();
    Map<String, Division> divisions = new LinkedHashMap<>();
    List<Dto.Division> listed = at.field("divisions").required(dto.divisions());
    for (int i = 0; i < listed.size(); i++) {
      Division d = ModelJson.division(listed.get(i), at.field("divisions").index(i));
      if (divisions.putIfAbsent(d.name(), d) != null) {
        throw DdciIoException.atPath(
            at.source(),
            at.field("divisions").index(i).field("name").path(),
            d.name(),
            "the division is listed twice",
            null);
      }
    }
    Plan.Builder plan =
        Plan.builder()
            .issuingUnit(unit)
            .year(ModelJson.year(dto.year(), at.field("year")))
            .title(at.field("title").required(dto.title()))
            .legalBasis(at.field("legalBasis").required(dto.legalBasis()))
            .purposes(at.field("purposes").required(dto.purposes()))
            .focalPoint(division(divisions, dto.focalPoint(), at.field("focalPoint")))
            .signer(signer(dto.signer(), at.field("signer")))
            .recipients(ModelJson.list(dto.recipients()))
            .start(date(dto.start(), at.field("start")))
            .end(date(dto.end(), at.field("end")));
    if (dto.assessment() != null) {
      plan.assessment(ModelJson.assessment(dto.assessment(), unit, at.field("assessment")));
    }
    List<Dto.Goal> goals = ModelJson.list(dto.goals());
    for (int i = 0; i < goals.size(); i++) {
      plan.addGoals(goal(goals.get(i), f, at.field("goals").index(i)));
    }
    List<Dto.Task> tasks = at.field("tasks").required(dto.tasks());
    for (int i = 0; i < tasks.size(); i++) {
      plan.addTasks(task(tasks.get(i), f, divisions, at.field("tasks").index(i)));
    }
    Map<String, String> responsibilities = ModelJson.map(dto.responsibilities());
    for (Map.Entry<String, String> e : responsibilities.entrySet()) {
      Where here = at.field("responsibilities").field(e.getKey());
      plan.putResponsibilities(division(divisions, e.getKey(), here), e.getValue());
    }
    Dto.Rule rule = at.field("reportingRule").required(dto.reportingRule());
    Where ruleAt = at.field("reportingRule");
    List<Division> reporters = new ArrayList<>();
    List<String> names = ruleAt.field("reporters").required(rule.reporters());
    for (int i = 0; i < names.size(); i++) {
      reporters.add(division(divisions, names.get(i), ruleAt.field("reporters").index(i)));
    }
    Division recipient = division(divisions, rule.recipient(), ruleAt.field("recipient"));
    int dueDays = ruleAt.field("dueDays").required(rule.dueDays());
    plan.reportingRule(
        ruleAt.convert(dueDays, () -> ReportingRule.quarterly(reporters, recipient, dueDays)));
    return at.convert(null, plan::build);
  }

  private static Task task(Dto.Task dto, Framework f, Map<String, Division> divisions, Where at) {
    at.required(dto);
    Task.Builder task =
        Task.builder()
            .number(at.field("number").required(dto.number()))
            .title(at.field("title").required(dto.title()))
            .activities(ModelJson.list(dto.activities()));
    List<String> components = at.field("components").required(dto.components());
    for (int i = 0; i < components.size(); i++) {
      String code = components.get(i);
      task.addComponents(at.field("components").index(i).convert(code, () -> f.component(code)));
    }
    for (Map.Entry<String, String> e : ModelJson.map(dto.roles()).entrySet()) {
      Where here = at.field("roles").field(e.getKey());
      Division d = division(divisions, e.getKey(), here);
      task.putRoles(d, here.convert(e.getValue(), () -> Enums.of(Role.class, e.getValue())));
    }
    if (dto.start() != null) {
      task.start(date(dto.start(), at.field("start")));
    }
    if (dto.due() != null) {
      task.due(date(dto.due(), at.field("due")));
    }
    List<Dto.Target> targets = ModelJson.list(dto.targets());
    for (int i = 0; i < targets.size(); i++) {
      task.addTargets(target(targets.get(i), at.field("targets").index(i)));
    }
    return at.convert(dto.number(), task::build);
  }

  private static Target target(Dto.Target dto, Where at) {
    at.required(dto);
    String direction = at.field("direction").required(dto.direction());
    return at.convert(
        dto.indicator(),
        () -> {
          String indicator = at.field("indicator").required(dto.indicator());
          String unit = at.field("unitOfMeasure").required(dto.unitOfMeasure());
          switch (Enums.of(Target.Direction.class, direction)) {
            case INCREASE:
              return Target.increase(
                  indicator,
                  unit,
                  at.field("baseline").required(dto.baseline()),
                  at.field("target").required(dto.target()));
            default:
              return Target.decrease(
                  indicator,
                  unit,
                  at.field("baseline").required(dto.baseline()),
                  at.field("target").required(dto.target()));
          }
        });
  }

  private static Dto.Goal goal(Goal g) {
    return new Dto.Goal(
        g.measure().code(),
        g.year().getValue(),
        g.kind().name(),
        g.points().orElse(null),
        g.rank().isPresent() ? g.rank().getAsInt() : null,
        g.outOf().isPresent() ? g.outOf().getAsInt() : null,
        g.bottom().isPresent() ? g.bottom().getAsInt() : null,
        g.places().isPresent() ? g.places().getAsInt() : null);
  }

  private static Goal goal(Dto.Goal dto, Framework f, Where at) {
    at.required(dto);
    String code = at.field("measure").required(dto.measure());
    Measure measure =
        at.field("measure")
            .convert(
                code, () -> "TOTAL".equals(code) ? Measure.total() : Measure.of(f.component(code)));
    Year year = ModelJson.year(dto.year(), at.field("year"));
    String kindName = at.field("kind").required(dto.kind());
    Goal.Kind kind = at.field("kind").convert(kindName, () -> Enums.of(Goal.Kind.class, kindName));
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("points", dto.points());
    given.put("rank", dto.rank());
    given.put("outOf", dto.outOf());
    given.put("bottom", dto.bottom());
    given.put("places", dto.places());
    List<String> needed =
        switch (kind) {
          case SCORE, SCORE_GAIN -> List.of("points");
          case RANK -> List.of("rank", "outOf");
          case OUT_OF_BOTTOM -> List.of("bottom");
          case RANK_GAIN -> List.of("places");
          case ABOVE_MEDIAN -> List.of();
        };
    for (Map.Entry<String, Object> e : given.entrySet()) {
      if (needed.contains(e.getKey())) {
        at.field(e.getKey()).required(e.getValue());
      } else if (e.getValue() != null) {
        throw DdciIoException.atPath(
            at.source(),
            at.field(e.getKey()).path(),
            String.valueOf(e.getValue()),
            "a goal of kind " + kind + " has no " + e.getKey(),
            null);
      }
    }
    return at.convert(
        code,
        () ->
            switch (kind) {
              case SCORE -> Goal.score(measure, year, dto.points());
              case RANK -> Goal.rank(measure, year, dto.rank(), dto.outOf());
              case ABOVE_MEDIAN -> Goal.aboveMedian(measure, year);
              case OUT_OF_BOTTOM -> Goal.outOfBottom(measure, year, dto.bottom());
              case SCORE_GAIN -> Goal.scoreGain(measure, year, dto.points());
              case RANK_GAIN -> Goal.rankGain(measure, year, dto.places());
            });
  }

  private static Signer signer(Dto.Signer dto, Where at) {
    at.required(dto);
    return at.convert(
        dto.name(),
        () ->
            Signer.of(
                at.field("title").required(dto.title()), at.field("name").required(dto.name())));
  }

  private static Division division(Map<String, Division> divisions, String name, Where at) {
    at.required(name);
    Division d = divisions.get(name);
    if (d == null) {
      throw DdciIoException.atPath(
          at.source(),
          at.path(),
          name,
          "no such division in $.divisions " + divisions.keySet(),
          null);
    }
    return d;
  }

  static LocalDate date(String text, Where at) {
    at.required(text);
    return at.convert(text, () -> LocalDate.parse(text));
  }
}
