package vn.ddci.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opens workbooks safely for every reader: a size limit, POI's zip limits tightened, read-only
 * access, and any failure turned into a {@link DdciIoException} naming the file.
 */
final class Workbooks {
  /** The largest workbook read: 16 MiB. */
  static final long MAX_BYTES = 16L << 20;

  /** The largest part of a workbook inflated: 64 MiB. */
  static final long MAX_ENTRY_BYTES = 64L << 20;

  /** Reads what it needs from an open workbook. */
  interface Reading<T> {
    T from(Workbook workbook);
  }

  private Workbooks() {}

  /**
   * Opens a workbook read-only and reads it.
   *
   * @param file the .xlsx or .xls file
   * @param what what the file should be, for messages ("an Excel workbook", "a report template")
   * @param reading what to read
   * @return what was read
   * @throws DdciIoException if the file is too large, damaged, or not what it should be
   */
  static <T> T read(Path file, String what, Reading<T> reading) {
    String source = file.toString();
    AtomicFiles.checkReadable(file, MAX_BYTES);
    PoiLogging.quietWhenUnconfigured();
    limitZipEntries();
    try (Workbook workbook = WorkbookFactory.create(new File(source), null, true)) {
      return reading.from(workbook);
    } catch (DdciIoException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI refuses a damaged, encrypted or foreign file with runtime exceptions of many types
      // (POIXMLException, RecordFormatException, NotOfficeXmlFileException, …). The readings
      // given here turn the model's own refusals into located DdciIoExceptions themselves; the
      // result-table reader only copies cells here and builds the model after the file is closed.
      throw DdciIoException.of(source, "is not a readable " + what + ": " + e, e);
    }
  }

  /**
   * Tightens POI's zip limits before a workbook is opened: no part inflated beyond {@link
   * #MAX_ENTRY_BYTES}, none inflating more than 100 times its compressed size. POI's limits are
   * global to the JVM; these only ever lower what is allowed.
   */
  private static void limitZipEntries() {
    if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }
    if (ZipSecureFile.getMinInflateRatio() < 0.01) {
      ZipSecureFile.setMinInflateRatio(0.01);
    }
  }
}
