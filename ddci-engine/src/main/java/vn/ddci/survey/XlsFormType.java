package vn.ddci.survey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code type} of one row of a {@code survey} sheet, parsed (internal): a question the
 * questionnaire keeps, the beginning or end of a group or repeat, a known type it skips, or an
 * unknown one. Legacy spellings of pyxform are accepted: {@code select one from LIST}, {@code
 * select all that apply from LIST or specify other}, {@code begin loop over LIST}, {@code
 * end_group}, …
 */
final class XlsFormType {
  /** What a row is. */
  enum Role {
    QUESTION,
    BEGIN_GROUP,
    END_GROUP,
    BEGIN_REPEAT,
    END_REPEAT,
    SKIP,
    UNKNOWN,
    /** A type that is malformed: the reason says how. */
    MALFORMED
  }

  private static final Pattern STRUCTURE =
      Pattern.compile("(begin|end)[ _](group|repeat|lgroup|looped[ _]group|loop)(?: over (\\S+))?");

  /** Select spellings, longest first so that "select one from" wins over "select one". */
  private static final List<String> SELECT_ONE =
      List.of(
          "add select one prompt using",
          "select one from",
          "select one using",
          "select_one",
          "select one",
          "select1");

  private static final List<String> SELECT_MULTIPLE =
      List.of(
          "add select multiple prompt using",
          "select all that apply from",
          "select multiple from",
          "select multiple using",
          "select all that apply",
          "select_multiple",
          "select multiple");

  private static final List<String> SELECT_ELSEWHERE =
      List.of(
          "select_one_from_file",
          "select_multiple_from_file",
          "select one from file",
          "select multiple from file",
          "select_one_external",
          "rank",
          "osm");

  private static final Map<String, QuestionKind> SIMPLE =
      Map.of(
          "integer", QuestionKind.INTEGER,
          "int", QuestionKind.INTEGER,
          "decimal", QuestionKind.DECIMAL,
          "text", QuestionKind.TEXT,
          "string", QuestionKind.TEXT);

  private static final String METADATA = "metadata the device records, not a question asked";

  private static final String NOT_KEPT =
      "a questionnaire keeps select_one, select_multiple, integer, decimal and text questions";

  private static final Map<String, String> SKIPPED =
      Map.ofEntries(
          Map.entry("note", "a note shows text and takes no answer"),
          Map.entry("calculate", "a calculation is made by the form, not asked"),
          Map.entry("hidden", "a hidden value is set by the form, not asked"),
          Map.entry("acknowledge", NOT_KEPT),
          Map.entry("trigger", NOT_KEPT),
          Map.entry("date", NOT_KEPT),
          Map.entry("time", NOT_KEPT),
          Map.entry("datetime", NOT_KEPT),
          Map.entry("geopoint", NOT_KEPT),
          Map.entry("geotrace", NOT_KEPT),
          Map.entry("geoshape", NOT_KEPT),
          Map.entry("range", NOT_KEPT),
          Map.entry("image", NOT_KEPT),
          Map.entry("photo", NOT_KEPT),
          Map.entry("audio", NOT_KEPT),
          Map.entry("video", NOT_KEPT),
          Map.entry("file", NOT_KEPT),
          Map.entry("barcode", NOT_KEPT),
          Map.entry("phone number", NOT_KEPT),
          Map.entry("xml-external", "data from an external file, not asked"),
          Map.entry("csv-external", "data from an external file, not asked"),
          Map.entry("start", METADATA),
          Map.entry("end", METADATA),
          Map.entry("today", METADATA),
          Map.entry("deviceid", METADATA),
          Map.entry("imei", METADATA),
          Map.entry("subscriberid", METADATA),
          Map.entry("simserial", METADATA),
          Map.entry("phonenumber", METADATA),
          Map.entry("username", METADATA),
          Map.entry("email", METADATA),
          Map.entry("audit", METADATA),
          Map.entry("start-geopoint", METADATA),
          Map.entry("background-geopoint", METADATA),
          Map.entry("background-audio", METADATA),
          Map.entry("uri:deviceid", METADATA),
          Map.entry("uri:subscriberid", METADATA),
          Map.entry("uri:simserial", METADATA),
          Map.entry("uri:phonenumber", METADATA),
          Map.entry("uri:username", METADATA),
          Map.entry("uri:email", METADATA));

  final Role role;
  final Optional<QuestionKind> kind;

  /** The choice list of a select, as written (list names are case-sensitive). */
  final Optional<String> list;

  final boolean orOther;

  /** Why a row is skipped, or how a type is malformed. */
  final String reason;

  private XlsFormType(Role role, QuestionKind kind, String list, boolean orOther, String reason) {
    this.role = role;
    this.kind = Optional.ofNullable(kind);
    this.list = Optional.ofNullable(list);
    this.orOther = orOther;
    this.reason = reason;
  }

  private static XlsFormType of(Role role, String reason) {
    return new XlsFormType(role, null, null, false, reason);
  }

  /**
   * Parses a type.
   *
   * @param type the cell's text, stripped, its whitespace collapsed to single spaces; not empty
   */
  static XlsFormType parse(String type) {
    String lower = type.toLowerCase(Locale.ROOT);
    Matcher m = STRUCTURE.matcher(lower);
    if (m.matches()) {
      boolean begin = m.group(1).equals("begin");
      boolean group = m.group(2).equals("group");
      if (m.group(3) != null && !(begin && m.group(2).equals("loop"))) {
        return of(Role.MALFORMED, "only 'begin loop' takes 'over LIST'");
      }
      Role role =
          group
              ? (begin ? Role.BEGIN_GROUP : Role.END_GROUP)
              : (begin ? Role.BEGIN_REPEAT : Role.END_REPEAT);
      return of(role, "");
    }
    for (String p : SELECT_ELSEWHERE) {
      if (lower.startsWith(p + " ")) {
        return of(Role.SKIP, "its choices are not in the choices sheet (" + p + ")");
      }
    }
    Optional<XlsFormType> select = select(type, lower, SELECT_ONE, QuestionKind.SELECT_ONE);
    if (select.isEmpty()) {
      select = select(type, lower, SELECT_MULTIPLE, QuestionKind.SELECT_MULTIPLE);
    }
    if (select.isPresent()) {
      return select.get();
    }
    QuestionKind simple = SIMPLE.get(lower);
    if (simple != null) {
      return new XlsFormType(Role.QUESTION, simple, null, false, "");
    }
    String skipped = SKIPPED.get(lower);
    if (skipped != null) {
      return of(Role.SKIP, skipped);
    }
    return of(Role.UNKNOWN, "not an XLSForm type");
  }

  private static Optional<XlsFormType> select(
      String type, String lower, List<String> spellings, QuestionKind kind) {
    for (String p : spellings) {
      if (lower.equals(p)) {
        return Optional.of(of(Role.MALFORMED, "'" + type + "' names no choice list"));
      }
      if (!lower.startsWith(p + " ")) {
        continue;
      }
      String[] rest = type.substring(p.length() + 1).split(" ");
      String tail =
          String.join(" ", List.of(rest).subList(1, rest.length)).toLowerCase(Locale.ROOT);
      if (tail.isEmpty()) {
        return Optional.of(new XlsFormType(Role.QUESTION, kind, rest[0], false, ""));
      }
      if (tail.equals("or_other") || tail.equals("or specify other")) {
        return Optional.of(new XlsFormType(Role.QUESTION, kind, rest[0], true, ""));
      }
      return Optional.of(
          of(
              Role.MALFORMED,
              "a select is written '"
                  + kind.xlsFormType()
                  + " LIST' or '"
                  + kind.xlsFormType()
                  + " LIST or_other'"));
    }
    return Optional.empty();
  }
}
