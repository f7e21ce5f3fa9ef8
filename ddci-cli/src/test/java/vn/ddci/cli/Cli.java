package vn.ddci.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs the command as {@code main} does, capturing its output, for the tests. */
final class Cli {
  private Cli() {}

  /** One run: exit code, standard output and standard error. */
  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Ddci.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * The arguments of a command on COINr's ASEM example (shared data): its iData and iMeta, imputed
   * by the group mean of EurAsia_group as COINr's reference build does, then the given arguments.
   */
  static String[] asem(String command, String... more) {
    java.nio.file.Path dir = vn.ddci.SharedData.require("coinr-asem/iData.csv").getParent();
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                command,
                dir.resolve("iData.csv").toString(),
                "--meta",
                dir.resolve("iMeta.csv").toString(),
                "--impute",
                "group-mean",
                "--group",
                "EurAsia_group"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }
}
