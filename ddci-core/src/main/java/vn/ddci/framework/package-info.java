/**
 * What is measured: component indices (chỉ số thành phần), their weights and scale, frameworks and
 * blocks of units.
 *
 * <pre>{@code
 * Framework f = Frameworks.LANG_SON_DEPARTMENTS;
 * Component time = f.component("Chi phí thời gian");   // TIME_COST
 * f.weightShare(time);                                   // 0.125 (equal weights, an assumption)
 * }</pre>
 */
@DdciStyle
package vn.ddci.framework;

import vn.ddci.internal.DdciStyle;
