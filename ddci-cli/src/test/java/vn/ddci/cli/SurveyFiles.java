package vn.ddci.cli;

import java.nio.file.Path;
import vn.ddci.survey.IllustrativeDdci;
import vn.ddci.survey.Questionnaire;
import vn.ddci.survey.Responses;
import vn.ddci.survey.SurveyExport;
import vn.ddci.survey.SyntheticSurvey;
import vn.ddci.survey.XlsForm;

/** A small synthetic survey written as a survey tool would: the XLSForm and the CSV export. */
record SurveyFiles(Path form, Path export, Responses answers) {
  /** 25 departments, about 30 ratings each, weighted by firm size; seeded. */
  static SurveyFiles write(Path dir) {
    return write(dir, true);
  }

  /** The same survey, with or without sampling weights. */
  static SurveyFiles write(Path dir, boolean weighted) {
    Questionnaire q = IllustrativeDdci.questionnaire(SyntheticSurvey.LANG_SON_DEPARTMENTS);
    Path form = dir.resolve("bang-hoi.xlsx");
    XlsForm.write(q, form);
    Responses answers =
        SyntheticSurvey.generate(7, 2023, SyntheticSurvey.LANG_SON_DEPARTMENTS, 30, weighted);
    Path export = dir.resolve("khao-sat-2023.csv");
    SurveyExport.write(answers, q, export, "_uuid", IllustrativeDdci.UNIT_QUESTION);
    return new SurveyFiles(form, export, answers);
  }
}
