package vn.ddci.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.ddci.io.DdciIoException;

/**
 * Reads questionnaires in XLSForm (biểu mẫu XLSForm), the Excel layout in which ODK, KoBoToolbox,
 * SurveyCTO and Ona define a survey.
 *
 * <pre>{@code
 * Questionnaire q = XlsForm.read(Path.of("ddci-2024.xlsx"));
 * }</pre>
 *
 * <h2>What is read</h2>
 *
 * <p>A workbook (.xlsx or legacy .xls, at most {@link #MAX_BYTES}) with a sheet {@code survey}, and
 * optionally {@code choices} and {@code settings}. Sheet names and column names are compared
 * ignoring case and surrounding spaces; other sheets and columns are not read, and are reported in
 * {@link Questionnaire#skipped()}. Row 1 of each sheet is its header.
 *
 * <ul>
 *   <li>{@code survey}: {@code type} and {@code name} (required), {@code label}, {@code
 *       label::Language (code)} (also the legacy {@code label:Language}), {@code required}, {@code
 *       constraint}, {@code relevant}, {@code unit}.
 *   <li>{@code choices}: {@code list_name} (or {@code list name}) and {@code name} (required),
 *       {@code label}, {@code label::Language}, and {@code non_answer} (yes/no, this library's own
 *       column: it overrides the rule of {@link Choice#isNonAnswer()}).
 *   <li>{@code settings}, row 2: {@code form_title}, {@code form_id}, {@code version}, {@code
 *       default_language}.
 * </ul>
 *
 * <p>A label in the default language is the {@code label} column; without one, the column of the
 * settings' {@code default_language}; without one, the first language column that has a label. A
 * question needs a label; a choice or a group may have none. A number typed in a cell reads without
 * ".0" (a code 1 reads "1"); a formula reads by its cached value; {@code required} reads yes/true/1
 * as required, no/false/0 as not, and anything else as a condition.
 *
 * <h2>Types</h2>
 *
 * <ul>
 *   <li>Questions: {@code select_one LIST}, {@code select_multiple LIST}, either with {@code
 *       or_other}, {@code integer}, {@code decimal}, {@code text}; and pyxform's legacy spellings
 *       ({@code select one from LIST}, {@code select all that apply from LIST or specify other},
 *       {@code int}, {@code string}, …). A select's list must be in the {@code choices} sheet.
 *   <li>Structure: {@code begin group} / {@code end group} (or {@code begin_group} …), whose names
 *       make the question's {@link Question#path() path}; {@code begin repeat} / {@code end repeat}
 *       and the legacy {@code begin loop over LIST} / {@code end loop}.
 *   <li>Skipped, with a reason: the other XLSForm types (note, calculate, hidden, acknowledge,
 *       date, time, dateTime, geopoint, geotrace, geoshape, range, image, audio, video, file,
 *       barcode, rank, select_one_from_file, select_one_external, osm, xml-external, csv-external)
 *       and the metadata (start, end, today, deviceid, username, audit, …).
 *   <li><b>Repeats</b>: a question inside a repeat is answered once per repetition, while a
 *       questionnaire holds questions answered once per respondent, so it is skipped, with the
 *       repeat's name in the reason; so is the repeat itself.
 *   <li><b>An unknown type is an error</b>, not skipped: a misspelt {@code integr} or {@code
 *       select_on} would otherwise drop a scored question without anyone noticing.
 * </ul>
 *
 * <h2>Errors</h2>
 *
 * <p>Every problem is a {@link DdciIoException} naming the file, sheet, row, column and value, and
 * nothing is returned half-read: a missing {@code survey} sheet or {@code type}/{@code name}
 * column; a select whose list is not in {@code choices}; a question name given twice (ignoring
 * case, among every named row that is not a group or repeat) or not an XLSForm name; a question
 * without a label; a group or repeat without a name, never ended, or ended by the wrong {@code
 * end}; a group path begun twice; a row with a name or label but no type; a choice without a list
 * or a code, or given twice in its list; a column given twice; a cell holding an error or a control
 * character.
 */
public final class XlsForm {
  /** The largest workbook read: 16 MiB. */
  public static final long MAX_BYTES = 16L << 20;

  /** The largest part of a workbook inflated while reading: 64 MiB. */
  private static final long MAX_INFLATED_BYTES = 64L << 20;

  private XlsForm() {}

  /**
   * Reads a questionnaire.
   *
   * @param file the .xlsx or .xls file
   * @return the questionnaire, with what was skipped and why
   * @throws DdciIoException naming file, sheet, row, column and value when the file cannot be read
   *     or is not a valid XLSForm (see above)
   */
  public static Questionnaire read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    if (!Files.isRegularFile(file)) {
      throw DdciIoException.of(
          source, Files.exists(file) ? "is not a regular file" : "does not exist", null);
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw DdciIoException.of(
            source, "has " + size + " bytes, more than the " + MAX_BYTES + " read", null);
      }
    } catch (IOException e) {
      throw DdciIoException.of(source, "cannot be read: " + e, e);
    }
    PoiQuiet.unlessConfigured();
    // POI's zip limits are global to the JVM: they are only ever lowered here.
    if (ZipSecureFile.getMaxEntrySize() > MAX_INFLATED_BYTES) {
      ZipSecureFile.setMaxEntrySize(MAX_INFLATED_BYTES);
    }
    if (ZipSecureFile.getMinInflateRatio() < 0.01) {
      ZipSecureFile.setMinInflateRatio(0.01);
    }
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      return new XlsFormReader(source, workbook).read();
    } catch (DdciIoException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI refuses a damaged, encrypted or foreign file with runtime exceptions of many types
      throw DdciIoException.of(source, "is not a readable Excel workbook: " + e, e);
    }
  }
}
