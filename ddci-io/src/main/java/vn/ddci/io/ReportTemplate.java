package vn.ddci.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.threeten.extra.YearQuarter;
import vn.ddci.DdciValidationException;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.plan.Target;
import vn.ddci.plan.Task;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.ReportLog;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;
import vn.ddci.result.Decimals;

/**
 * The Excel template of a quarterly report (mẫu báo cáo quý), generated from a plan for one
 * division and quarter, and the filled template read back into a {@link QuarterlyReport}.
 *
 * <p>Sheet "Báo cáo" has a row per task where the division has a role (its own or through the group
 * of all specialised divisions): status as a drop-down list of the Vietnamese statuses, progress
 * validated as a whole number 0–100, the narrative and, for a cancelled task, the reason. Sheet
 * "Chỉ tiêu" has a row per quantitative target of those tasks, its actual value validated as a
 * number. The submission date goes in cell B4. A hidden sheet records the plan, division and
 * quarter, so that a template filled for another plan or division is refused.
 *
 * <pre>{@code
 * ReportTemplate.write(plan, lanhSu, YearQuarter.of(2024, 1), Path.of("q1-lanh-su.xlsx"));
 * // … the division fills it in Excel …
 * QuarterlyReport report = ReportTemplate.read(Path.of("q1-lanh-su.xlsx"), plan);
 * }</pre>
 */
public final class ReportTemplate {
  static final String REPORT_SHEET = "Báo cáo";
  static final String TARGET_SHEET = "Chỉ tiêu";
  private static final String META_SHEET = "_ddci";
  private static final int FIRST_ROW = 6;
  private static final String[] REPORT_HEADERS = {
    "Nhiệm vụ",
    "Nội dung",
    "Vai trò",
    "Tình trạng",
    "Tiến độ (%)",
    "Kết quả thực hiện",
    "Lý do (nếu dừng thực hiện)"
  };
  private static final String[] TARGET_HEADERS = {
    "Nhiệm vụ", "Chỉ tiêu", "Đơn vị tính", "Cơ sở", "Mục tiêu", "Thực tế (lũy kế)"
  };

  private ReportTemplate() {}

  /**
   * Writes the template of a division's report for a quarter.
   *
   * @param plan the plan
   * @param division a division of the plan
   * @param quarter a quarter of the plan's period
   * @param file the .xlsx file to write; replaced if it exists
   * @throws vn.ddci.DdciValidationException if the division or quarter does not belong to the plan
   * @throws DdciIoException if the file cannot be written
   */
  public static void write(Plan plan, Division division, YearQuarter quarter, Path file) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(file, "file");
    if (division.group()) {
      throw new DdciValidationException(
          "a report comes from a named division, not from the group '" + division.name() + "'");
    }
    if (!plan.divisions().contains(division)) {
      throw new DdciValidationException(plan + ": no division '" + division.name() + "'");
    }
    if (!plan.reportingRule().reporters().contains(division)) {
      throw new DdciValidationException(
          plan
              + ": '"
              + division.name()
              + "' does not report under the plan's rule (reporters: "
              + plan.reportingRule().reporters()
              + ")");
    }
    if (!plan.quarters().contains(quarter)) {
      throw new DdciValidationException(plan + ": the quarter " + quarter + " is outside it");
    }
    List<Task> tasks = plan.tasks().stream().filter(t -> t.roleOf(division).isPresent()).toList();
    PoiLogging.quietWhenUnconfigured();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

      Sheet sheet = workbook.createSheet(REPORT_SHEET);
      text(
              sheet,
              0,
              0,
              "BÁO CÁO KẾT QUẢ THỰC HIỆN "
                  + plan.title().toUpperCase(Locale.ROOT)
                  + " – QUÝ "
                  + quarter.getQuarterValue()
                  + "/"
                  + quarter.getYear())
          .setCellStyle(bold);
      text(sheet, 1, 0, "Đơn vị báo cáo:");
      text(sheet, 1, 1, division.name());
      text(sheet, 2, 0, "Gửi:");
      text(sheet, 2, 1, plan.reportingRule().recipient().name());
      text(sheet, 3, 0, "Ngày gửi:");
      sheet.getRow(3).createCell(1).setCellStyle(date);
      Row header = sheet.createRow(FIRST_ROW - 1);
      for (int c = 0; c < REPORT_HEADERS.length; c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(REPORT_HEADERS[c]);
        cell.setCellStyle(bold);
      }
      for (int i = 0; i < tasks.size(); i++) {
        Task t = tasks.get(i);
        Row row = sheet.createRow(FIRST_ROW + i);
        row.createCell(0).setCellValue(t.number());
        row.createCell(1).setCellValue(XlsxText.escape(t.title()));
        row.createCell(2).setCellValue(t.roleOf(division).orElseThrow().vietnamese());
      }
      if (!tasks.isEmpty()) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] statuses =
            Arrays.stream(Status.values()).map(Status::vietnamese).toArray(String[]::new);
        validate(sheet, helper, helper.createExplicitListConstraint(statuses), 3, tasks.size());
        validate(
            sheet,
            helper,
            helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
            4,
            tasks.size());
      }
      int[] widths = {10, 60, 14, 20, 12, 60, 30};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      sheet.createFreezePane(0, FIRST_ROW);

      Sheet targets = workbook.createSheet(TARGET_SHEET);
      Row targetHeader = targets.createRow(0);
      for (int c = 0; c < TARGET_HEADERS.length; c++) {
        Cell cell = targetHeader.createCell(c);
        cell.setCellValue(TARGET_HEADERS[c]);
        cell.setCellStyle(bold);
      }
      int r = 1;
      for (Task t : tasks) {
        for (Target g : t.targets()) {
          Row row = targets.createRow(r++);
          row.createCell(0).setCellValue(t.number());
          row.createCell(1).setCellValue(XlsxText.escape(g.indicator()));
          row.createCell(2).setCellValue(XlsxText.escape(g.unitOfMeasure()));
          row.createCell(3).setCellValue(g.baseline().doubleValue());
          row.createCell(4).setCellValue(g.target().doubleValue());
        }
      }
      if (r > 1) {
        DataValidationHelper helper = targets.getDataValidationHelper();
        DataValidation decimal =
            helper.createValidation(
                helper.createDecimalConstraint(
                    DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "-1E+15", null),
                new CellRangeAddressList(1, r - 1, 5, 5));
        decimal.setShowErrorBox(true);
        targets.addValidationData(decimal);
      }
      for (int c = 0; c < TARGET_HEADERS.length; c++) {
        targets.setColumnWidth(c, (c == 1 ? 50 : 14) * 256);
      }
      targets.createFreezePane(0, 1);

      Sheet meta = workbook.createSheet(META_SHEET);
      String[][] facts = {
        {"schemaVersion", "1"},
        {"unit", plan.issuingUnit().name()},
        {"year", String.valueOf(plan.year().getValue())},
        {"division", division.name()},
        {"quarter", quarter.toString()}
      };
      for (int i = 0; i < facts.length; i++) {
        Row row = meta.createRow(i);
        row.createCell(0).setCellValue(facts[i][0]);
        row.createCell(1).setCellValue(XlsxText.escape(facts[i][1]));
      }
      workbook.setSheetHidden(workbook.getSheetIndex(META_SHEET), true);
      AtomicFiles.write(file, workbook::write);
    } catch (IOException e) {
      throw DdciIoException.of(file.toString(), "cannot be written: " + e, e);
    }
  }

  private static void validate(
      Sheet sheet,
      DataValidationHelper helper,
      DataValidationConstraint constraint,
      int column,
      int rows) {
    DataValidation validation =
        helper.createValidation(
            constraint, new CellRangeAddressList(FIRST_ROW, FIRST_ROW + rows - 1, column, column));
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }

  private static Cell text(Sheet sheet, int r, int c, String value) {
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    Cell cell = row.createCell(c);
    cell.setCellValue(XlsxText.escape(value));
    return cell;
  }

  /**
   * Reads a filled template back into a quarterly report, checked against the plan.
   *
   * @param file the filled .xlsx template
   * @param plan the plan it was generated from
   * @return the report; rows left without a status are not reported on
   * @throws DdciIoException naming the file, sheet, row, column and value when anything is wrong
   */
  public static QuarterlyReport read(Path file, Plan plan) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(plan, "plan");
    return Workbooks.read(
        file, "report template", workbook -> new Reader(file.toString(), workbook, plan).read());
  }

  /** Reads one filled template. */
  private static final class Reader {
    private final String source;
    private final Workbook workbook;
    private final Plan plan;
    private final DataFormatter formatter = new DataFormatter();

    Reader(String source, Workbook workbook, Plan plan) {
      this.source = source;
      this.workbook = workbook;
      this.plan = plan;
      formatter.setUseCachedValuesForFormulaCells(true);
    }

    QuarterlyReport read() {
      Map<String, String> meta = meta();
      String expected = plan.issuingUnit().name() + " " + plan.year().getValue();
      String found = meta.get("unit") + " " + meta.get("year");
      if (!"1".equals(meta.get("schemaVersion")) || !expected.equals(found)) {
        throw DdciIoException.of(
            source,
            "is a template of '" + found + "', not of the plan of '" + expected + "'",
            null);
      }
      Division division =
          plan.divisions().stream()
              .filter(d -> d.name().equals(meta.get("division")))
              .findFirst()
              .orElseThrow(
                  () ->
                      DdciIoException.of(
                          source, "the plan has no division '" + meta.get("division") + "'", null));
      YearQuarter quarter;
      try {
        quarter = YearQuarter.parse(String.valueOf(meta.get("quarter")));
      } catch (DateTimeException e) {
        throw DdciIoException.atCell(
            source, META_SHEET, 5, "B", meta.get("quarter"), "not a quarter such as 2024-Q1", e);
      }
      Sheet sheet = sheet(REPORT_SHEET);
      QuarterlyReport.Builder report =
          QuarterlyReport.builder().division(division).quarter(quarter).submitted(submitted(sheet));
      Map<String, Map<String, BigDecimal>> actuals = actuals();
      Set<String> reported = new HashSet<>();
      for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        String task = text(row, 0);
        String status = text(row, 3);
        if (status.isEmpty()) {
          for (int c = 4; c <= 6; c++) {
            if (!text(row, c).isEmpty()) {
              throw cell(row, 3, "", "empty, yet the row has " + REPORT_HEADERS[c]);
            }
          }
          continue;
        }
        if (task.isEmpty()) {
          throw cell(row, 0, "", "no task number beside a status");
        }
        reported.add(task);
        try {
          TaskProgress.Builder entry =
              TaskProgress.builder()
                  .task(task)
                  .status(status(row, status))
                  .percent(percent(row))
                  .narrative(text(row, 5))
                  .actuals(actuals.getOrDefault(task, Map.of()));
          String reason = text(row, 6);
          if (!reason.isEmpty()) {
            entry.reason(reason);
          }
          report.addEntries(entry.build());
        } catch (DdciValidationException e) {
          throw DdciIoException.atRow(source, REPORT_SHEET, r + 1, e.getMessage(), e);
        }
      }
      for (String task : actuals.keySet()) {
        if (!reported.contains(task)) {
          throw DdciIoException.of(
              source + ", sheet \"" + TARGET_SHEET + "\"",
              "actual values for task "
                  + task
                  + ", whose row in \""
                  + REPORT_SHEET
                  + "\" has no status",
              null);
        }
      }
      QuarterlyReport built;
      try {
        built = report.build();
        ReportLog.of(plan, List.of(built));
      } catch (DdciValidationException e) {
        throw DdciIoException.of(source, e.getMessage(), e);
      }
      return built;
    }

    private Map<String, String> meta() {
      Sheet meta = sheet(META_SHEET);
      Map<String, String> facts = new HashMap<>();
      for (Row row : meta) {
        facts.put(text(row, 0), text(row, 1));
      }
      return facts;
    }

    private Sheet sheet(String name) {
      Sheet sheet = workbook.getSheet(name);
      if (sheet == null) {
        throw DdciIoException.of(
            source, "has no sheet \"" + name + "\": not a report template", null);
      }
      return sheet;
    }

    private LocalDate submitted(Sheet sheet) {
      Cell cell = sheet.getRow(3) == null ? null : sheet.getRow(3).getCell(1);
      if (cell == null || cell.getCellType() == CellType.BLANK) {
        throw DdciIoException.atCell(
            source, REPORT_SHEET, 4, "B \"Ngày gửi\"", "", "the submission date is missing", null);
      }
      if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate();
      }
      String text = formatter.formatCellValue(cell).strip();
      try {
        // strict: 31/02/2024 is no date, never 29/02/2024
        return LocalDate.parse(
            text,
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
      } catch (DateTimeException e) {
        throw DdciIoException.atCell(
            source, REPORT_SHEET, 4, "B \"Ngày gửi\"", text, "not a date dd/mm/yyyy", e);
      }
    }

    private Status status(Row row, String typed) {
      // typed on a Mac, a status may come decomposed (NFD): compared in NFC, as names are
      String text = Normalizer.normalize(typed, Normalizer.Form.NFC);
      for (Status s : Status.values()) {
        if (s.vietnamese().equalsIgnoreCase(text) || s.name().equalsIgnoreCase(text)) {
          return s;
        }
      }
      throw cell(
          row,
          3,
          text,
          "not a status; one of "
              + Arrays.stream(Status.values()).map(Status::vietnamese).toList());
    }

    private int percent(Row row) {
      String text = text(row, 4);
      Cell cell = row.getCell(4);
      if (cell != null && cell.getCellType() == CellType.NUMERIC) {
        // the value the cell holds, not the digits its format shows: 40.00000000001 is no 40
        text = BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
      }
      try {
        // as every number the library reads: a decimal point or comma, never an exponent ("1e2")
        return Decimals.parse(text).intValueExact();
      } catch (ArithmeticException | DdciValidationException e) {
        throw cell(row, 4, text, "not a whole percent");
      }
    }

    private Map<String, Map<String, BigDecimal>> actuals() {
      Sheet sheet = sheet(TARGET_SHEET);
      Map<String, Map<String, BigDecimal>> actuals = new LinkedHashMap<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        String value = text(row, 5);
        if (row == null || value.isEmpty()) {
          continue;
        }
        BigDecimal actual;
        Cell cell = row.getCell(5);
        try {
          actual =
              cell.getCellType() == CellType.NUMERIC
                  ? BigDecimal.valueOf(cell.getNumericCellValue())
                  : Decimals.parse(value);
        } catch (DdciValidationException | NumberFormatException e) {
          throw DdciIoException.atCell(
              source,
              TARGET_SHEET,
              r + 1,
              "F \"" + TARGET_HEADERS[5] + "\"",
              value,
              e.getMessage(),
              e);
        }
        BigDecimal earlier =
            actuals
                .computeIfAbsent(text(row, 0), k -> new LinkedHashMap<>())
                .put(text(row, 1), actual);
        if (earlier != null) {
          throw DdciIoException.atCell(
              source,
              TARGET_SHEET,
              r + 1,
              "B \"" + TARGET_HEADERS[1] + "\"",
              text(row, 1),
              "a second actual value of this indicator for task " + text(row, 0),
              null);
        }
      }
      return actuals;
    }

    private String text(Row row, int column) {
      if (row == null || row.getCell(column) == null) {
        return "";
      }
      Cell cell = row.getCell(column);
      if (cell.getCellType() == CellType.FORMULA
          && cell instanceof XSSFCell
          && !((XSSFCell) cell).getCTCell().isSetV()) {
        throw DdciIoException.atCell(
            source,
            row.getSheet().getSheetName(),
            row.getRowNum() + 1,
            CellReference.convertNumToColString(column),
            "=" + cell.getCellFormula(),
            "a formula without a cached value: open the workbook in a spreadsheet and save it",
            null);
      }
      return formatter.formatCellValue(cell).strip();
    }

    private DdciIoException cell(Row row, int column, String value, String problem) {
      return DdciIoException.atCell(
          source,
          REPORT_SHEET,
          row.getRowNum() + 1,
          (char) ('A' + column) + " \"" + REPORT_HEADERS[column] + "\"",
          value,
          problem,
          null);
    }
  }
}
