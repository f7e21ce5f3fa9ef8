/**
 * Documents of a unit's results (tài liệu báo cáo): charts as SVG and PNG ({@link
 * vn.ddci.report.Charts}, {@link vn.ddci.report.Chart}), drawn with JFreeChart and JFreeSVG in a
 * font with Vietnamese glyphs ({@link vn.ddci.report.ChartFonts}), one self-contained HTML page
 * that shows them inline ({@link vn.ddci.report.HtmlReport}), and the plan as an editable Word
 * draft ({@link vn.ddci.report.PlanDocument}).
 *
 * <pre>{@code
 * UnitAssessment a = UnitAssessment.of(table2023, table2022, "Sở Ngoại vụ");
 * Charts.components(a).writeSvg(Path.of("thanh-phan.svg"));
 * Charts.ranks(a).writePng(Path.of("thu-hang.png"));
 * Charts.distribution(table2023, "Sở Ngoại vụ").toSvg();
 * HtmlReport.of("DDCI 2023 – Sở Ngoại vụ", List.of(Charts.components(a), Charts.ranks(a)))
 *     .write(Path.of("bao-cao.html"));
 * PlanDocument.of(plan).write(Path.of("ke-hoach-ddci-2024.docx"));
 * }</pre>
 *
 * <p>Drawing needs no display ({@code -Djava.awt.headless=true} on a server) but needs a font with
 * Vietnamese glyphs, such as DejaVu Sans (Debian: {@code fonts-dejavu-core}).
 */
package vn.ddci.report;
