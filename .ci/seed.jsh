import java.math.BigDecimal
import java.util.Map
import vn.ddci.assessment.*
import vn.ddci.framework.*
import vn.ddci.ranking.*
import vn.ddci.examples.SeedPlan
var a = UnitAssessment.of(SeedPlan.standing2023())
a.strengths()
a.weaknesses()
a.component("TRANSPARENCY")
a.total().gapToLeader()
a.total().lastScore()
var r = Ranking.of(Map.of("A", new BigDecimal("9"), "B", new BigDecimal("8"), "C", new BigDecimal("8"), "D", new BigDecimal("7")), RankingRule.LANG_SON)
r.standings()
/exit
