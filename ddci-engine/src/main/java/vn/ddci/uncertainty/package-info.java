/**
 * Uncertainty (độ bất định): is a score's or a rank's change real? Method uncertainty over weights
 * ({@link vn.ddci.uncertainty.WeightUncertainty}, as COINr's uncertainty analysis), each unit's
 * score and rank {@link vn.ddci.uncertainty.Distribution} over the replications, intervals at a
 * confidence level ({@link vn.ddci.uncertainty.Interval}, type-7 {@link
 * vn.ddci.uncertainty.Quantiles}) and the probabilities of ranking above the median or in the top
 * k.
 *
 * <p>Runs are deterministic and parallel ({@link vn.ddci.uncertainty.Replications}): a seed gives
 * the same numbers on any machine and any number of threads.
 */
package vn.ddci.uncertainty;
