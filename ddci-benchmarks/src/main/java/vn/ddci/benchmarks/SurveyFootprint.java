package vn.ddci.benchmarks;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SyntheticSurvey;

/**
 * The memory a survey's answers hold, measured by walking the object graph of {@link Responses}
 * with JOL (every array, string and map reachable from it, shared constants included): the whole
 * and per answer, at the block and province-year sizes of {@link SurveyBenchmark}, and the answers'
 * columns alone (read by reflection: they are private). Answers are the rows × the 64 items of the
 * illustrative questionnaire; the rest is per row: the respondent's id, the unit, the sampling
 * weight and the four respondent attributes.
 *
 * <p>Run: {@code java -cp "ddci-benchmarks/target/classes:$(cat target/bench-classpath.txt)"
 * vn.ddci.benchmarks.SurveyFootprint}.
 */
public final class SurveyFootprint {
  private SurveyFootprint() {}

  /**
   * Prints the footprint at each size.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println(
        "size      rows    answers   whole: bytes  per answer   answers: bytes  per answer"
            + "   rest per row");
    for (String size : List.of("block", "province")) {
      int units = size.equals("block") ? 25 : 36;
      int ratings = size.equals("block") ? 80 : 140;
      List<String> names = new ArrayList<>();
      for (int k = 0; k < units; k++) {
        names.add("Đơn vị " + (k + 1));
      }
      Responses r = SyntheticSurvey.generate(2024, 2023, names, ratings, true);
      long answers = (long) r.size() * r.questions().size();
      long bytes = GraphLayout.parseInstance(r).totalSize();
      long answerBytes = GraphLayout.parseInstance(answerColumns(r)).totalSize();
      System.out.printf(
          Locale.ROOT,
          "%-8s %6d %10d %14d %11.2f %16d %11.2f %14.1f%n",
          size,
          r.size(),
          answers,
          bytes,
          (double) bytes / answers,
          answerBytes,
          (double) answerBytes / answers,
          (double) (bytes - answerBytes) / r.size());
    }
  }

  /** The maps holding the answers' columns (select-one, select-multiple, numbers). */
  private static Object[] answerColumns(Responses r) {
    try {
      Object[] maps = new Object[3];
      String[] names = {"single", "multiple", "numbers"};
      for (int k = 0; k < names.length; k++) {
        Field f = Responses.class.getDeclaredField(names[k]);
        f.setAccessible(true);
        maps[k] = f.get(r);
      }
      return maps;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Responses keeps its answers elsewhere now", e);
    }
  }
}
