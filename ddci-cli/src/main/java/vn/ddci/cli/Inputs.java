package vn.ddci.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ddci.engine.CoinrCsv;
import vn.ddci.engine.IndexInput;
import vn.ddci.framework.Block;
import vn.ddci.survey.ExportColumns;
import vn.ddci.survey.IllustrativeDdci;
import vn.ddci.survey.Questionnaire;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyExport;
import vn.ddci.survey.XlsForm;

/**
 * Where {@code ddci score} and {@code ddci uncertainty} take their indicator data from: COINr's
 * layout (iData and iMeta), or a survey tool's export with its XLSForm questionnaire.
 */
final class Inputs {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "<iData.csv>",
      description =
          "Indicator data (dữ liệu chỉ tiêu): one row per unit (uCode, uName), one column per"
              + " indicator. With --meta, COINr's layout (also group and denominator columns);"
              + " without, the library's layout of a DDCI block (--block, default SBN): each"
              + " indicator named after its component, TIME_COST_1, TIME_COST_2…")
  Path data;

  @Option(
      names = "--meta",
      paramLabel = "<iMeta.csv>",
      description =
          "COINr's metadata: one row per indicator, aggregate, group and denominator (iCode,"
              + " Type, Parent, Weight, Direction…).")
  Path meta;

  @Option(
      names = "--negative",
      paramLabel = "<code,…>",
      hideParamSyntax = true,
      split = ",",
      description =
          "The library's layout: indicators where lower is better (chiều âm), e.g. days waited.")
  Set<String> negative = new LinkedHashSet<>();

  @Option(
      names = "--survey",
      paramLabel = "<export>",
      description =
          "Instead of indicator data: a survey tool's export (.csv, .xlsx), one row per rating"
              + " of a unit (phiếu khảo sát); with --form.")
  Path survey;

  @Option(
      names = "--form",
      paramLabel = "<form.xlsx>",
      description =
          "The survey's questionnaire as XLSForm (biểu mẫu). Indicators are those of the"
              + " illustrative DDCI questionnaire (IllustrativeDdci, block SBN): a questionnaire"
              + " must ask its questions.")
  Path form;

  @Option(
      names = "--respondent",
      paramLabel = "<column>",
      defaultValue = "_uuid",
      description = "The export's column of respondent ids (mã người trả lời). Default: _uuid.")
  String respondent;

  @Option(
      names = "--unit-question",
      paramLabel = "<name>",
      defaultValue = IllustrativeDdci.UNIT_QUESTION,
      description = "The select-one question naming the unit rated (đơn vị). Default: don_vi.")
  String unitQuestion;

  @Option(
      names = "--weight",
      paramLabel = "<column>",
      defaultValue = SurveyExport.WEIGHT_COLUMN,
      description = "The export's column of sampling weights (trọng số mẫu). Default: _weight.")
  String weight;

  @Option(
      names = "--unweighted",
      description = "The export has no sampling weights: every rating weighs 1.")
  boolean unweighted;

  /** Tells whether the data is a survey export. */
  boolean isSurvey() {
    return survey != null;
  }

  /** Tells whether the data is in COINr's layout, with an iMeta. */
  boolean isCoinr() {
    return meta != null;
  }

  /** Checks that one source is given completely; a usage error otherwise. */
  void check(Action action) {
    if (survey != null || form != null) {
      if (survey == null || form == null) {
        throw action.usage("a survey needs both --survey <export> and --form <form.xlsx>");
      }
      if (data != null || meta != null) {
        throw action.usage("give either <iData.csv> --meta <iMeta.csv> or --survey and --form");
      }
    } else if (data == null) {
      throw action.usage(
          "no data: give <iData.csv> [--meta <iMeta.csv>], or --survey <export> --form"
              + " <form.xlsx>");
    }
    if (!negative.isEmpty() && (isSurvey() || isCoinr())) {
      throw action.usage("--negative is for the library's layout: iMeta gives each Direction");
    }
  }

  /** Reads COINr's layout. */
  IndexInput coinr() {
    return CoinrCsv.read(existing(data), existing(meta));
  }

  /** Reads the library's layout of a block's indicator data. */
  IndexInput ddci(Block block, Optional<String> grouping) {
    return DdciLayout.read(existing(data), block, grouping, negative);
  }

  /** Reads the survey's answers, with the respondents' attributes named. */
  Responses answers(String... attributes) {
    Questionnaire questionnaire = XlsForm.read(existing(form));
    ExportColumns columns = ExportColumns.of(respondent, unitQuestion);
    if (!unweighted) {
      columns = columns.withWeight(weight);
    }
    if (attributes.length > 0) {
      columns = columns.withAttributes(attributes);
    }
    return SurveyExport.read(existing(survey), questionnaire, columns).responses();
  }

  /** The file, or exit code 3 naming it. */
  static Path existing(Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new Action.MissingFile(
          (Files.exists(file) ? "not a readable file: " : "file not found: ") + file);
    }
    return file;
  }
}
