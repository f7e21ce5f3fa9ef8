/**
 * Computing an index from indicator data (tính chỉ số từ số liệu chỉ tiêu), as the reference tool
 * COINr computes it: the indicator framework ({@link vn.ddci.engine.IndicatorTree}), the data
 * ({@link vn.ddci.engine.Dataset}), the steps ({@link vn.ddci.engine.Denominate}, {@link
 * vn.ddci.engine.Impute}, {@link vn.ddci.engine.Screen}, {@link vn.ddci.engine.Treat}, {@link
 * vn.ddci.engine.Normalise}, {@link vn.ddci.engine.Aggregate}) run by a {@link
 * vn.ddci.engine.Pipeline}, and the {@link vn.ddci.engine.Build} with every stage, the audit trail
 * and the {@link vn.ddci.engine.Scores}.
 *
 * <pre>{@code
 * IndexInput asem = CoinrCsv.read(Path.of("iData.csv"), Path.of("iMeta.csv"));
 * Build build = asem.run(Pipeline.coinrDefault("EurAsia_group"));
 * System.out.println(build.auditTrail());
 * build.scores().ranking("Index", RankingRule.PCI);
 * Build reweighted = build.withWeights(Map.of("Conn", 0.8));   // only the aggregation reruns
 * }</pre>
 *
 * <p>Each step's formula is in {@code ddci-engine/docs/method.md}.
 */
package vn.ddci.engine;
