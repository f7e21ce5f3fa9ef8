package vn.ddci.io;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.ddci.DdciValidationException;
import vn.ddci.assessment.Improvement;
import vn.ddci.assessment.MeasureAssessment;
import vn.ddci.assessment.UnitAssessment;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.framework.Measure;
import vn.ddci.framework.Precision;
import vn.ddci.framework.RankingRule;
import vn.ddci.framework.TiePolicy;
import vn.ddci.io.JsonSupport.Where;
import vn.ddci.plan.Division;
import vn.ddci.ranking.Standing;
import vn.ddci.result.Score;
import vn.ddci.result.Unit;

/**
 * Converts the model's shared values (units, frameworks, divisions, assessments) to and from JSON.
 */
final class ModelJson {
  private ModelJson() {}

  static Dto.Unit unit(Unit u) {
    Block b = u.block();
    return new Dto.Unit(
        u.name(),
        u.shortName().orElse(null),
        new Dto.Block(b.code(), b.name(), framework(b.framework()), rule(b.rankingRule())));
  }

  static Unit unit(Dto.Unit dto, Where at) {
    at.required(dto);
    Dto.Block b = at.field("block").required(dto.block());
    Framework f =
        framework(
            at.field("block").field("framework").required(b.framework()),
            at.field("block").field("framework"));
    RankingRule rule =
        rule(
            at.field("block").field("rankingRule").required(b.rankingRule()),
            at.field("block").field("rankingRule"));
    Block block = at.field("block").convert(b.code(), () -> Block.of(b.code(), b.name(), f, rule));
    String name = at.field("name").required(dto.name());
    return at.field("name")
        .convert(
            name,
            () ->
                dto.shortName() == null
                    ? Unit.of(name, block)
                    : Unit.of(name, dto.shortName(), block));
  }

  static Dto.RankingRule rule(RankingRule rule) {
    OptionalInt decimals = rule.precision().decimalPlaces();
    return new Dto.RankingRule(
        rule.policy().name(), decimals.isPresent() ? String.valueOf(decimals.getAsInt()) : "FULL");
  }

  static RankingRule rule(Dto.RankingRule dto, Where at) {
    String policy = at.field("policy").required(dto.policy());
    String precision = at.field("precision").required(dto.precision());
    TiePolicy tiePolicy =
        at.field("policy").convert(policy, () -> Enums.of(TiePolicy.class, policy));
    Precision p =
        at.field("precision")
            .convert(
                precision,
                () -> {
                  if (precision.equals("FULL")) {
                    return Precision.FULL;
                  }
                  if (!precision.matches("\\d{1,2}")) {
                    throw new DdciValidationException(
                        "a precision is \"FULL\" or a number of decimals, got \""
                            + precision
                            + "\"");
                  }
                  return Precision.decimals(Integer.parseInt(precision));
                });
    return RankingRule.of(tiePolicy, p);
  }

  static Dto.Framework framework(Framework f) {
    List<Dto.Component> components = new ArrayList<>();
    for (Component c : f.components()) {
      components.add(new Dto.Component(c.code(), c.nameVi(), c.nameEn(), c.weight()));
    }
    return new Dto.Framework(
        f.name(),
        components,
        f.componentMax(),
        f.totalMax(),
        f.publishedDecimals(),
        f.totalTolerance(),
        f.weightsPublished());
  }

  static Framework framework(Dto.Framework dto, Where at) {
    List<Dto.Component> list = at.field("components").required(dto.components());
    Framework.Builder builder = Framework.builder();
    for (int i = 0; i < list.size(); i++) {
      Dto.Component c = at.field("components").index(i).required(list.get(i));
      Where here = at.field("components").index(i);
      builder.addComponents(
          here.convert(
              c.code(),
              () ->
                  Component.of(
                      here.field("code").required(c.code()),
                      here.field("nameVi").required(c.nameVi()),
                      here.field("nameEn").required(c.nameEn()),
                      here.field("weight").required(c.weight()))));
    }
    return at.convert(
        dto.name(),
        () ->
            builder
                .name(at.field("name").required(dto.name()))
                .componentMax(at.field("componentMax").required(dto.componentMax()))
                .totalMax(at.field("totalMax").required(dto.totalMax()))
                .publishedDecimals(at.field("publishedDecimals").required(dto.publishedDecimals()))
                .totalTolerance(at.field("totalTolerance").required(dto.totalTolerance()))
                .weightsPublished(at.field("weightsPublished").required(dto.weightsPublished()))
                .build());
  }

  static Dto.Division division(Division d) {
    return new Dto.Division(
        d.name(),
        d.shortName().orElse(null),
        d.specialised() ? Boolean.TRUE : null,
        d.group() ? Boolean.TRUE : null);
  }

  static Division division(Dto.Division dto, Where at) {
    at.required(dto);
    if (Boolean.TRUE.equals(dto.group())) {
      return Division.allSpecialised();
    }
    String name = at.field("name").required(dto.name());
    Division d =
        at.field("name")
            .convert(
                name,
                () ->
                    Boolean.TRUE.equals(dto.specialised())
                        ? Division.specialised(name)
                        : Division.of(name));
    return dto.shortName() == null
        ? d
        : at.field("shortName").convert(dto.shortName(), () -> d.withShortName(dto.shortName()));
  }

  static Dto.Assessment assessment(UnitAssessment a) {
    Map<String, Dto.Measure> components = new LinkedHashMap<>();
    a.components().forEach((c, m) -> components.put(c.code(), measure(m)));
    return new Dto.Assessment(
        a.year().getValue(), a.lastYear().getValue(), measure(a.total()), components);
  }

  static UnitAssessment assessment(Dto.Assessment dto, Unit unit, Where at) {
    at.required(dto);
    UnitAssessment.Builder builder =
        UnitAssessment.builder()
            .unit(unit)
            .year(year(dto.year(), at.field("year")))
            .lastYear(year(dto.lastYear(), at.field("lastYear")))
            .total(measure(Measure.total(), dto.total(), at.field("total")));
    Map<String, Dto.Measure> components = at.field("components").required(dto.components());
    Framework f = unit.block().framework();
    for (Map.Entry<String, Dto.Measure> e : components.entrySet()) {
      Where here = at.field("components").field(e.getKey());
      Component c = here.convert(e.getKey(), () -> f.component(e.getKey()));
      builder.putComponents(c, measure(Measure.of(c), e.getValue(), here));
    }
    return at.convert(null, builder::build);
  }

  private static Dto.Measure measure(MeasureAssessment m) {
    Improvement i = m.improvement();
    return new Dto.Measure(
        standing(m.standing()),
        m.score().map(Score::value).orElse(null),
        m.lastStanding().map(ModelJson::standing).orElse(null),
        i.change().orElse(null),
        i.rankChange().isPresent() ? i.rankChange().getAsInt() : null,
        i.improvementRank().map(ModelJson::standing).orElse(null),
        m.leaderScore().map(Score::value).orElse(null),
        m.medianScore().map(Score::value).orElse(null));
  }

  private static MeasureAssessment measure(Measure measure, Dto.Measure dto, Where at) {
    at.required(dto);
    return at.convert(
        null,
        () ->
            MeasureAssessment.builder()
                .measure(measure)
                .standing(standing(dto.standing(), at.field("standing")))
                .score(Optional.ofNullable(dto.score()).map(Score::of))
                .lastStanding(
                    Optional.ofNullable(dto.lastStanding())
                        .map(s -> standing(s, at.field("lastStanding"))))
                .improvement(
                    Improvement.of(
                        Optional.ofNullable(dto.change()),
                        dto.rankChange() == null
                            ? OptionalInt.empty()
                            : OptionalInt.of(dto.rankChange()),
                        Optional.ofNullable(dto.improvementRank())
                            .map(s -> standing(s, at.field("improvementRank")))))
                .leaderScore(Optional.ofNullable(dto.leaderScore()).map(Score::of))
                .medianScore(Optional.ofNullable(dto.medianScore()).map(Score::of))
                .build());
  }

  private static Dto.Standing standing(Standing s) {
    return new Dto.Standing(
        s.rank(), s.outOf(), s.tiedCount(), s.fractionalRank(), s.policy().name());
  }

  private static Standing standing(Dto.Standing dto, Where at) {
    at.required(dto);
    return at.convert(
        dto.rank(),
        () ->
            Standing.of(
                at.field("rank").required(dto.rank()),
                at.field("outOf").required(dto.outOf()),
                at.field("tiedCount").required(dto.tiedCount()),
                at.field("fractionalRank").required(dto.fractionalRank()),
                Enums.of(TiePolicy.class, at.field("policy").required(dto.policy()))));
  }

  static Year year(Integer value, Where at) {
    int year = at.required(value);
    return at.convert(year, () -> Year.of(year));
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? ImmutableList.of() : values;
  }

  static <K, V> Map<K, V> map(Map<K, V> values) {
    return values == null ? Map.of() : values;
  }
}
