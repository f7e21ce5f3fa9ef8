package vn.ddci.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.ddci.DdciValidationException;
import vn.ddci.framework.Block;
import vn.ddci.framework.Frameworks;
import vn.ddci.io.DdciIoException;
import vn.ddci.io.ResultTableCsv;
import vn.ddci.io.ResultTableExcel;
import vn.ddci.io.ResultTables;
import vn.ddci.io.TableOptions;
import vn.ddci.result.ResultTable;
import vn.ddci.text.Language;

/**
 * What the subcommands share: the options that choose a table and a language, reading the files,
 * and turning a failure into one line on the standard error and an exit code (see {@link Ddci}).
 */
abstract class Action implements Callable<Integer> {
  /** The blocks the command knows, by code. */
  static final List<Block> BLOCKS =
      List.of(
          Frameworks.LANG_SON_DEPARTMENT_BLOCK,
          Frameworks.LANG_SON_DISTRICT_BLOCK,
          Frameworks.PCI_PROVINCES,
          Frameworks.PCI_2010_PROVINCES);

  @Spec CommandSpec spec;

  @Option(
      names = "--block",
      paramLabel = "<code>",
      description =
          "The block (khối): SBN, UBND, PCI or PCI2010. Default: SBN and UBND (a block column"
              + " tells them apart), else PCI, else PCI2010, whichever reads the file.")
  String blockCode;

  @Option(
      names = "--year",
      paramLabel = "<y>",
      description = "The year (năm) of the table, when a file holds several.")
  Integer year;

  @Option(
      names = "--sheet",
      paramLabel = "<name>",
      description = "The sheet of an Excel workbook; default: the first.")
  String sheet;

  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      defaultValue = "vi",
      description = "The language (ngôn ngữ) of words and numbers: vi (5,82) or en (5.82).")
  String lang;

  @Option(names = "--debug", description = "Print the stack trace of an error.")
  boolean debug;

  @ParentCommand Ddci parent;

  /**
   * Does the work.
   *
   * @param out the standard output
   * @return the exit code
   */
  abstract int run(PrintWriter out);

  @Override
  public final Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      int code = run(spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return code;
    } catch (CommandLine.ParameterException e) {
      throw e;
    } catch (MissingFile e) {
      return fail(err, e, e.getMessage(), Ddci.FILE_NOT_FOUND);
    } catch (DdciIoException e) {
      // the file system refused (no such file or folder, access denied): exit 3; a content
      // error, even one a parser reports as an IOException, is bad data
      boolean fileSystem =
          e.getCause() instanceof FileSystemException
              || (e.getCause() instanceof UncheckedIOException
                  && e.getCause().getCause() instanceof FileSystemException);
      return fail(err, e, e.getMessage(), fileSystem ? Ddci.FILE_NOT_FOUND : Ddci.BAD_DATA);
    } catch (DdciValidationException e) {
      return fail(err, e, e.getMessage(), Ddci.BAD_DATA);
    } catch (RuntimeException e) {
      // not the data's fault: a defect of the program, which scripts must tell from bad data
      return fail(err, e, "internal error (please report it): " + e, Ddci.INTERNAL);
    }
  }

  private int fail(PrintWriter err, Exception e, String message, int code) {
    err.println("ddci: " + oneLine(message));
    if (debug || parent.debug()) {
      e.printStackTrace(err);
    } else if (code == Ddci.INTERNAL) {
      err.println("ddci: run with --debug for the stack trace");
    }
    err.flush();
    return code;
  }

  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  Language language() {
    switch (lang.toLowerCase(Locale.ROOT)) {
      case "vi":
        return Language.VIETNAMESE;
      case "en":
        return Language.ENGLISH;
      default:
        throw usage("Invalid value for option '--lang': '" + lang + "' (expected vi or en)");
    }
  }

  CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  Optional<Block> block() {
    if (blockCode == null) {
      return Optional.empty();
    }
    return Optional.of(
        BLOCKS.stream()
            .filter(b -> b.code().equalsIgnoreCase(blockCode.strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    usage(
                        "Invalid value for option '--block': '"
                            + blockCode
                            + "' (known: "
                            + BLOCKS.stream().map(Block::code).collect(Collectors.joining(", "))
                            + ")")));
  }

  /**
   * Refuses a file that is not there or cannot be read.
   *
   * @param file the file
   * @return the file
   * @throws MissingFile naming it (exit code 3)
   */
  static Path requireReadable(Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new MissingFile(
          (Files.exists(file) ? "not a readable file: " : "file not found: ") + file);
    }
    return file;
  }

  /** Reads a file as the given block, or as the known blocks in turn. */
  ResultTables read(Path file) {
    requireReadable(file);
    Optional<Block> given = block();
    List<List<Block>> attempts = new ArrayList<>();
    List<Block> langSon =
        List.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Frameworks.LANG_SON_DISTRICT_BLOCK);
    if (given.isPresent()) {
      // Lạng Sơn's files may list both blocks: read both, then choose the one given
      if (langSon.contains(given.get())) {
        attempts.add(langSon);
      }
      attempts.add(List.of(given.get()));
    } else {
      attempts.add(
          List.of(Frameworks.LANG_SON_DEPARTMENT_BLOCK, Frameworks.LANG_SON_DISTRICT_BLOCK));
      attempts.add(List.of(Frameworks.PCI_PROVINCES));
      attempts.add(List.of(Frameworks.PCI_2010_PROVINCES));
    }
    RuntimeException first = null;
    for (List<Block> blocks : attempts) {
      try {
        return read(file, blocks);
      } catch (DdciIoException | DdciValidationException e) {
        boolean lastAttempt = blocks == attempts.get(attempts.size() - 1);
        if (e.getCause() instanceof IOException || (given.isPresent() && lastAttempt)) {
          throw e; // unreadable, or the error of reading as the block given
        }
        if (first == null) {
          first = e;
        }
      }
    }
    throw new DdciValidationException(
        oneLine(first.getMessage())
            + " (read as SBN and UBND, then PCI, then PCI2010: name the block with --block)");
  }

  private ResultTables read(Path file, List<Block> blocks) {
    TableOptions options = TableOptions.of(blocks);
    if (blocks.get(0).framework().name().startsWith("PCI")) {
      options = options.withHeaders(ResultTableExcel.PCI_HEADERS);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
      return sheet == null
          ? ResultTableExcel.read(file, options)
          : ResultTableExcel.read(file, sheet, options);
    }
    return ResultTableCsv.read(file, options);
  }

  /** Chooses the table of --block and --year among those read. */
  ResultTable choose(ResultTables read, Optional<Block> block, Optional<Year> year) {
    List<ResultTable> tables =
        read.tables().stream()
            .filter(t -> block.map(t.block()::equals).orElse(true))
            .filter(t -> year.map(t.year()::equals).orElse(true))
            .collect(Collectors.toList());
    if (tables.size() == 1) {
      return tables.get(0);
    }
    String held =
        read.tables().stream()
            .map(t -> t.block().code() + " " + t.year())
            .collect(Collectors.joining(", "));
    if (tables.isEmpty()) {
      throw new DdciValidationException(
          read.source()
              + " holds no table of "
              + block.map(Block::code).orElse("any block")
              + year.map(y -> " for " + y).orElse("")
              + "; it holds "
              + held);
    }
    throw usage(read.source() + " holds several tables (" + held + "): choose with --block/--year");
  }

  /**
   * Refuses, before any work, an output file whose extension the subcommand does not write.
   *
   * @param files the files of --output
   * @param known the extensions written, without the dot, e.g. "docx"
   * @throws CommandLine.ParameterException naming the file and the extensions known
   */
  void checkOutputs(List<Path> files, List<String> known) {
    for (Path file : files) {
      if (!known.contains(extension(file))) {
        throw usage(
            "Invalid value for option '--output': '"
                + file
                + "' (the file's extension says what is written: ."
                + String.join(", .", known)
                + ")");
      }
    }
  }

  /** The extension of a file's name, in lower case, without the dot; "" when it has none. */
  static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Says on the standard output that a file was written. */
  void written(PrintWriter out, Path file) {
    out.println((language() == Language.VIETNAMESE ? "Đã ghi: " : "Written: ") + file);
  }

  /** A file that is not there or cannot be read: exit code 3. */
  static final class MissingFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingFile(String message) {
      super(message);
    }
  }
}
