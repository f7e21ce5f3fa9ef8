package vn.ddci.goal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import vn.ddci.ranking.Standing;
import vn.ddci.result.Unit;

/**
 * What the results of a year say about one measure of one unit, whatever their source (an
 * assessment, a table, a published standing), with why each absent figure is absent: the input of
 * {@link GoalCheck}'s one judgement.
 */
final class Facts {
  final Unit unit;
  final Optional<Standing> standing;
  final Optional<BigDecimal> score;
  final Optional<BigDecimal> change;
  final OptionalInt rankChange;
  final String noStanding;
  final String noScore;
  final String noChange;
  final String noRankChange;

  Facts(
      Unit unit,
      Optional<Standing> standing,
      Optional<BigDecimal> score,
      Optional<BigDecimal> change,
      OptionalInt rankChange,
      String noStanding,
      String noScore,
      String noChange,
      String noRankChange) {
    this.unit = unit;
    this.standing = standing;
    this.score = score;
    this.change = change;
    this.rankChange = rankChange;
    this.noStanding = noStanding;
    this.noScore = noScore;
    this.noChange = noChange;
    this.noRankChange = noRankChange;
  }
}
