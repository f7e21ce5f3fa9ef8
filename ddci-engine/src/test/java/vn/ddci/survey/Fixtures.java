package vn.ddci.survey;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.ddci.SharedData;

/**
 * The workbooks of shared/data/xlsform, each read once for all the tests of a run (POI takes a
 * second or more for a sheet spread over thousands of cells); a test skips when the file is absent.
 */
final class Fixtures {
  private static final Map<String, Questionnaire> READ = new ConcurrentHashMap<>();

  private Fixtures() {}

  static Questionnaire read(String name) {
    Path file = SharedData.require("xlsform/" + name);
    return READ.computeIfAbsent(name, n -> XlsForm.read(file));
  }
}
