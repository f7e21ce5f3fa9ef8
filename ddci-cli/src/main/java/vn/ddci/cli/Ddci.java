package vn.ddci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code ddci} command: DDCI results from the command line.
 *
 * <pre>
 * ddci rank lang_son_2021.csv                       # the ranked table (bảng xếp hạng)
 * ddci rank pci.csv --year 2016 --last pci.csv --lang en
 * ddci assess pci.csv pci.csv --year 2016 --unit "Đà Nẵng" -o danh-gia.docx  # section II
 * ddci plan ke-hoach.json -o ke-hoach.docx          # coverage, responsibility matrix, Word draft
 * ddci report ke-hoach.json bao-cao-q1.json --as-of 2024-04-20   # reporting coverage
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
 *   <li>2: usage error: an unknown option, a missing argument, a block or measure code not known,
 *       an output file of a kind the subcommand does not write;
 *   <li>3: a file not found, not readable, or not writable;
 *   <li>4: an internal error: a defect of the program (please report it, with the output of {@code
 *       --debug}).
 * </ul>
 *
 * <p>Every error is one line on the standard error; {@code --debug} (before or after the
 * subcommand) adds the stack trace.
 */
@Command(
    name = "ddci",
    mixinStandardHelpOptions = true,
    versionProvider = Ddci.Version.class,
    subcommands = {
      Rank.class,
      Assess.class,
      PlanCommand.class,
      ReportCommand.class,
      Score.class,
      Uncertainty.class,
      CommandLine.HelpCommand.class
    },
    header = "DDCI (Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương) from the command line.",
    description = {
      "Reads result tables (bảng kết quả) as CSV or Excel (.xlsx, .xls) files, and prints:",
      "  rank (xếp hạng): a block's ranked table, rank of n as \"02/25\", with the change in rank"
          + " (thay đổi thứ hạng) against last year;",
      "  assess (đánh giá): a unit's section II of the plan (đánh giá kết quả thực hiện DDCI), in"
          + " the terminal and as .docx, .html, .xlsx, .csv, JSON;",
      "  plan (kế hoạch): a plan's coverage of the components and its responsibility matrix (ma"
          + " trận phân công); the plan as a Word draft;",
      "  report (báo cáo quý): the reporting coverage of the quarterly reports received, and the"
          + " targets' progress;",
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
      "2:usage error: unknown option, missing argument, unknown block, measure or output kind",
      "3:file not found, not readable or not writable",
      "4:internal error: a defect of the program (report it, with --debug's output)"
    },
    footer = {"%nErrors are one line on stderr; add --debug for the stack trace."})
public final class Ddci implements Runnable {
  /** Exit code: done. */
  public static final int OK = 0;

  /** Exit code: a file's content was refused, or the data cannot support what was asked. */
  public static final int BAD_DATA = 1;

  /** Exit code: picocli's usage error. */
  public static final int USAGE = 2;

  /** Exit code: a file not found, not readable or not writable. */
  public static final int FILE_NOT_FOUND = 3;

  /** Exit code: an internal error, a defect of the program rather than of the data or usage. */
  public static final int INTERNAL = 4;

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      description = "Print the stack trace of an error (also after the subcommand).")
  boolean debug;

  /** Creates the command; run it with {@code Ddci.commandLine().execute(args)}. */
  public Ddci() {}

  /**
   * Returns the command, ready to execute: a usage error is one line on the standard error, naming
   * what is wrong and where to read the help, with exit code {@link #USAGE}.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Ddci());
    cli.setParameterExceptionHandler(Ddci::usageError);
    return cli;
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Whether --debug was given before the subcommand. */
  boolean debug() {
    return debug;
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(
        "ddci: "
            + Action.oneLine(e.getMessage())
            + " (see "
            + command.getCommandSpec().qualifiedName()
            + " --help)");
    if (Arrays.asList(args).contains("--debug")) {
      e.printStackTrace(err);
    }
    err.flush();
    return USAGE;
  }

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: rank, assess, plan, report, score or uncertainty");
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
