/**
 * Documents of a unit's results (tài liệu báo cáo): charts as SVG and PNG ({@link
 * vn.ddci.report.Charts}, {@link vn.ddci.report.Chart}), drawn with JFreeChart and JFreeSVG in a
 * font with Vietnamese glyphs ({@link vn.ddci.report.ChartFonts}), in Vietnamese or English; a
 * unit's whole report as one self-contained HTML page — section II, the table of its results, the
 * charts inline, optionally the plan's sections III–IV and reporting coverage ({@link
 * vn.ddci.report.HtmlReport}); and the plan as an editable Word draft ({@link
 * vn.ddci.report.PlanDocument}).
 *
 * <pre>{@code
 * UnitAssessment a = UnitAssessment.of(table2023, table2022, "Sở Ngoại vụ");
 * Charts.components(a).writeSvg(Path.of("thanh-phan.svg"));
 * Charts.ranks(a).writePng(Path.of("thu-hang.png"));
 * Charts.distribution(table2023, "Sở Ngoại vụ").toSvg();
 * Charts.ranks(a, Language.ENGLISH).writeSvg(Path.of("ranks.svg"));
 * HtmlReport.of(a, table2023, Language.VIETNAMESE).withPlan(plan).write(Path.of("bao-cao.html"));
 * PlanDocument.of(plan).write(Path.of("ke-hoach-ddci-2024.docx"));
 * }</pre>
 *
 * <p>Drawing needs no display ({@code -Djava.awt.headless=true} on a server) but needs a font with
 * Vietnamese glyphs, such as DejaVu Sans (Debian: {@code fonts-dejavu-core}).
 */
package vn.ddci.report;
