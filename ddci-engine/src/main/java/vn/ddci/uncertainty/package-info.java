/**
 * Uncertainty (độ bất định): is a score's or a rank's change real?
 *
 * <ul>
 *   <li>Sampling: the respondent bootstrap of one year ({@link
 *       vn.ddci.uncertainty.SurveyBootstrap}) and of the change between two years ({@link
 *       vn.ddci.uncertainty.ChangeUncertainty}, each unit's {@link vn.ddci.uncertainty.Change}),
 *       whose figures go into a plan's assessment as a {@link vn.ddci.assessment.Confidence}.
 *   <li>Method: weights ({@link vn.ddci.uncertainty.WeightUncertainty}, {@link
 *       vn.ddci.uncertainty.WeightNoise}, as COINr's uncertainty analysis) and method choices
 *       ({@link vn.ddci.uncertainty.MethodUncertainty}, {@link vn.ddci.uncertainty.MethodChoice})
 *       with the sensitivity of each choice.
 * </ul>
 *
 * <p>Each unit's score and rank {@link vn.ddci.uncertainty.Distribution} over the replications
 * gives intervals at a confidence level ({@link vn.ddci.uncertainty.Interval}, type-7 {@link
 * vn.ddci.uncertainty.Quantiles}) and the probabilities of ranking above the median or in the top
 * k. Runs are deterministic and parallel ({@link vn.ddci.uncertainty.Replications}): a seed gives
 * the same numbers on any machine and any number of threads.
 */
package vn.ddci.uncertainty;
