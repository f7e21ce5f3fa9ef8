/**
 * The survey behind a DDCI (khảo sát): questionnaires (bảng hỏi) as an XLSForm defines them, the
 * answers, and the indicators computed from them.
 *
 * <pre>{@code
 * Questionnaire form = XlsForm.read(Path.of("ddci-2024.xlsx"));
 * for (Question q : form.questions()) {
 *   System.out.println(q.path() + " " + q.kind() + (q.isLikert() ? " Likert" : ""));
 * }
 * form.skipped().forEach(System.out::println);       // notes, metadata, repeats…, and why
 *
 * ChoiceList agree = form.choiceList("agree5").orElseThrow();
 * agree.likertPoints();                              // 5
 * agree.nonAnswers();                                // [Choice[99 Không biết, non-answer]]
 * form = form.withNonAnswers("agree5", List.of("98", "99"));   // the caller decides
 * XlsForm.write(form, Path.of("ddci-2024-checked.xlsx"));
 * }</pre>
 *
 * <p>Answers ({@link vn.ddci.survey.Responses}, read from a survey tool's export by {@link
 * vn.ddci.survey.SurveyExport}) become indicators per unit ({@link
 * vn.ddci.survey.IndicatorDefinition}, {@link vn.ddci.survey.SurveyIndicators}) and, through the
 * engine, the block's result table ({@link vn.ddci.survey.SurveyIndex}). {@link
 * vn.ddci.survey.IllustrativeDdci} and {@link vn.ddci.survey.SyntheticSurvey} give an illustrative
 * survey and synthetic answers to it.
 *
 * <p>{@link vn.ddci.survey.Questionnaire}, {@link vn.ddci.survey.Question}, {@link
 * vn.ddci.survey.ChoiceList}, {@link vn.ddci.survey.Choice} and {@link vn.ddci.survey.Group} are
 * immutable values. Rules that recognise a questionnaire's shapes are documented where they act:
 * yes/no and Likert lists on {@link vn.ddci.survey.ChoiceList}, non-answers on {@link
 * vn.ddci.survey.Choice}, units of measure on {@link vn.ddci.survey.Question}, types, repeats and
 * errors on {@link vn.ddci.survey.XlsForm}.
 */
package vn.ddci.survey;
