package vn.ddci.survey;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.ddci.io.DdciIoException;
import vn.ddci.io.PoiLogging;

/**
 * Opens an Excel workbook (.xlsx or .xls) safely for reading (internal): the one place where {@link
 * XlsForm} and {@link SurveyExport} touch a workbook file.
 *
 * <p>A file that does not exist, is not a regular file or is larger than {@link #MAX_BYTES} is
 * refused before POI sees it; POI's zip limits are lowered (never raised) so that a small file
 * cannot inflate into a large one; the workbook is opened read-only; and whatever POI throws for a
 * damaged, encrypted or foreign file becomes a {@link DdciIoException} naming the file.
 */
final class WorkbookFiles {
  /** The largest workbook read: 16 MiB. */
  static final long MAX_BYTES = 16L << 20;

  /** The largest part of a workbook inflated while reading: 64 MiB. */
  private static final long MAX_INFLATED_BYTES = 64L << 20;

  private WorkbookFiles() {}

  /**
   * Opens a workbook read-only, hands it to {@code reader} and closes it.
   *
   * @param file the .xlsx or .xls file
   * @param reader what is read from the open workbook; a {@link DdciIoException} it throws passes
   *     through unchanged
   * @param <T> what is read
   * @return what {@code reader} returned
   * @throws DdciIoException naming the file when it is missing, too large or not a readable
   *     workbook
   */
  static <T> T read(Path file, Function<Workbook, T> reader) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reader, "reader");
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
    PoiLogging.quietWhenUnconfigured();
    // POI's zip limits are global to the JVM: they are only ever lowered here.
    synchronized (WorkbookFiles.class) {
      if (ZipSecureFile.getMaxEntrySize() > MAX_INFLATED_BYTES) {
        ZipSecureFile.setMaxEntrySize(MAX_INFLATED_BYTES);
      }
      if (ZipSecureFile.getMinInflateRatio() < 0.01) {
        ZipSecureFile.setMinInflateRatio(0.01);
      }
    }
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      return reader.apply(workbook);
    } catch (DdciIoException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI refuses a damaged, encrypted or foreign file with runtime exceptions of many types
      throw DdciIoException.of(source, "is not a readable Excel workbook: " + e, e);
    }
  }

  /**
   * A number as a cell means it: the shortest decimal, without ".0" for a whole number (a code 1
   * typed as a number reads "1", 12.5 reads "12.5").
   *
   * @param v the cell's number
   * @return its text
   */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
