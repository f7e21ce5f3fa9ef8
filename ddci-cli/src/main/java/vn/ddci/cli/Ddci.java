package vn.ddci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ddci} command: DDCI results from the command line.
 *
 * <pre>
 * ddci rank lang_son_2021.csv                       # the ranked table (bảng xếp hạng)
 * ddci rank pci.csv --year 2016 --last pci.csv --lang en
 * ddci assess pci.csv pci.csv --year 2016 --unit "Đà Nẵng"   # section II (đánh giá)
 * ddci score iData.csv --meta iMeta.csv --impute group-mean --group EurAsia_group --out asem
 * ddci uncertainty iData.csv --meta iMeta.csv --weights-noise 0.25 --replications 1000
 * </pre>
 *
 * <p>Exit codes:
 *
 * <ul>
 *   <li>0: done;
 *   <li>1: bad data: a file's content was refused (the message names file, row, column and value),
 *       or the data cannot support what was asked;
 *   <li>2: usage error: an unknown option, a missing argument, a block or measure code not known
 *       (picocli's usage error, with the usage);
 *   <li>3: a file not found or not readable.
 * </ul>
 *
 * <p>Every error is one line on the standard error; {@code --debug} adds the stack trace.
 */
@Command(
    name = "ddci",
    mixinStandardHelpOptions = true,
    versionProvider = Ddci.Version.class,
    subcommands = {
      Rank.class,
      Assess.class,
      Score.class,
      Uncertainty.class,
      CommandLine.HelpCommand.class
    },
    header = "DDCI (Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương) from the command line.",
    description = {
      "Reads result tables (bảng kết quả) as CSV or Excel (.xlsx, .xls) files, and prints:",
      "  rank (xếp hạng): a block's ranked table, rank of n as \"02/25\", with the change in rank"
          + " (thay đổi thứ hạng) against last year;",
      "  assess (đánh giá): a unit's section II of the plan (đánh giá kết quả thực hiện DDCI).",
      "  score (tính chỉ số): indicator data (COINr's iData/iMeta) or a survey export with its"
          + " XLSForm through the engine: chuẩn hoá, tổng hợp, thay thế giá trị thiếu…;",
      "  uncertainty (độ bất định): rank intervals by weight noise or a survey bootstrap.",
      "Known blocks (khối): SBN (khối sở, ban, ngành), UBND (khối UBND huyện, thành phố) of Lạng"
          + " Sơn; PCI (63 provinces); PCI2010.",
      "Numbers follow --lang: vi (5,82; default) or en (5.82)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:bad data: a file's content was refused (file, row, column, value named)",
      "2:usage error: unknown option, missing argument, unknown block or measure",
      "3:file not found or not readable"
    },
    footer = {"%nErrors are one line on stderr; add --debug for the stack trace."})
public final class Ddci implements Runnable {
  /** Exit code: done. */
  public static final int OK = 0;

  /** Exit code: a file's content was refused, or the data cannot support what was asked. */
  public static final int BAD_DATA = 1;

  /** Exit code: picocli's usage error. */
  public static final int USAGE = 2;

  /** Exit code: a file not found or not readable. */
  public static final int FILE_NOT_FOUND = 3;

  @Spec CommandSpec spec;

  /** Creates the command; run it with {@code new CommandLine(new Ddci()).execute(args)}. */
  public Ddci() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Ddci()).execute(args));
  }

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: rank or assess (see ddci --help)");
  }

  /** The version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Ddci.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"ddci " + p.getProperty("version", "unknown")};
    }
  }
}
