import java.nio.file.Path;
import vn.ddci.framework.Frameworks;
import vn.ddci.io.ResultTableCsv;
import vn.ddci.io.ResultTables;
import vn.ddci.io.TableOptions;

/** Compiles against ddci-core and ddci-io taken through the BOM, versions left out. */
public final class BomConsumer {
  private BomConsumer() {}

  /**
   * Reads a result table.
   *
   * @param args the CSV file
   */
  public static void main(String[] args) {
    ResultTables read =
        ResultTableCsv.read(Path.of(args[0]), TableOptions.of(Frameworks.PCI_PROVINCES));
    System.out.println(read);
  }
}
