/**
 * The plan's words (lời văn của kế hoạch) in Vietnamese and English, from the model alone, as
 * {@code java.time.format} writes dates: section II (the total; components above, at and below the
 * median; priorities), section III (tasks per component, leads and supports), section IV (focal
 * point and quarterly reporting), reporting coverage and target progress, each in the number style
 * of its language ({@link vn.ddci.text.NumberStyle}: 5,82 / 5.82; 02/25; −1,92 with a true minus).
 *
 * <pre>{@code
 * UnitAssessment a = UnitAssessment.of(standing2023);
 * PlanText.of(Language.VIETNAMESE).sectionII(a);
 * // [II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN DDCI NĂM 2023, …,
 * //  a) 04/08 chỉ số thành phần có xếp hạng trên trung vị:, …]
 * PlanText.of(Language.ENGLISH).describe(a.component("TRANSPARENCY"), a);
 * // rank 17/25, down 15 places since 2022, score change −1.92 points
 * }</pre>
 *
 * <p>Uses the JDK and the model only; every type is immutable and thread-safe.
 */
package vn.ddci.text;
