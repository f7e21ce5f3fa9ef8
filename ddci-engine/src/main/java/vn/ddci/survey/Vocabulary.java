package vn.ddci.survey;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ddci.name.Names;

/**
 * The words the survey layer recognises in a questionnaire (internal): non-answers, yes and no,
 * units of measure, and how a language is named. Every comparison is made on {@link Names#key}:
 * without diacritics, case, spacing or punctuation, so that "Không biết", "khong biet" and "KHÔNG
 * BIẾT" are the same words.
 */
final class Vocabulary {
  /**
   * Keys of the phrases that mean no answer: "không biết", "không trả lời", "don't know",
   * "refused"…
   */
  static final Set<String> NON_ANSWERS =
      ImmutableSet.of(
          // Vietnamese
          "khongbiet",
          "khongtraloi",
          "tuchoi",
          "tuchoitraloi",
          "khongmuontraloi",
          "khotraloi",
          "khongro",
          "khongnho",
          "khongapdung",
          "khongxacdinh",
          // English
          "dontknow",
          "donotknow",
          "dk",
          "dnk",
          "refused",
          "refuse",
          "refusal",
          "refusedtoanswer",
          "refusetoanswer",
          "noanswer",
          "noresponse",
          "prefernottosay",
          "prefernottoanswer",
          "notapplicable",
          "na",
          "dontremember",
          "donotremember",
          "cantsay",
          "cannotsay");

  /** Keys of the words that mean yes. */
  static final Set<String> YES = ImmutableSet.of("yes", "y", "true", "co", "dung");

  /** Keys of the words that mean no. */
  static final Set<String> NO = ImmutableSet.of("no", "n", "false", "khong", "sai");

  /** Keys of the units of measure recognised at the end of a numeric question's label. */
  static final Set<String> UNITS =
      ImmutableSet.of(
          "ngay",
          "ngaylamviec",
          "day",
          "days",
          "workingdays",
          "gio",
          "hour",
          "hours",
          "tuan",
          "week",
          "weeks",
          "thang",
          "month",
          "months",
          "nam",
          "year",
          "years",
          "lan",
          "times",
          "dong",
          "vnd",
          "nghindong",
          "trieudong",
          "tydong",
          "millionvnd",
          "milliondong",
          "billionvnd",
          "nguoi",
          "persons",
          "people",
          "phantram",
          "percent");

  /** A code written before a label: "99.", "99 -", "(99)", "-9)". */
  private static final Pattern LEADING_CODE =
      Pattern.compile("^\\(?-?\\d+\\s*[.):\\-–]?\\)?\\s*[-–.:]?\\s*");

  /** A code written after a label: "(99)", "[-9]". */
  private static final Pattern TRAILING_CODE = Pattern.compile("\\s*[(\\[]-?\\d+[)\\]]\\s*$");

  /** What separates two phrases in one label: "Không biết / Không trả lời", "DK or refused". */
  private static final Pattern ALTERNATIVES =
      Pattern.compile("\\s*(?:/|;|,|\\bhoặc\\b|\\bor\\b)\\s*", Pattern.UNICODE_CHARACTER_CLASS);

  /** The last parenthesised text of a label: "Số ngày chờ (ngày)". */
  private static final Pattern LAST_PARENTHESES = Pattern.compile("\\(([^()]{1,30})\\)\\s*$");

  /** The code of a language in parentheses: "Vietnamese (vi)". */
  private static final Pattern LANGUAGE_CODE = Pattern.compile("\\(([^()]+)\\)\\s*$");

  private Vocabulary() {}

  /** The matching key of a text, or "" when it has no letter or digit. */
  static String key(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit) ? Names.key(text) : "";
  }

  /**
   * Tells whether a text says "no answer": after a code written before or after it is removed, it
   * is a non-answer phrase, or each of its phrases (separated by "/", ";", ",", "hoặc" or "or") is
   * one.
   */
  static boolean isNonAnswerText(String text) {
    String t =
        TRAILING_CODE.matcher(LEADING_CODE.matcher(text.strip()).replaceFirst("")).replaceFirst("");
    if (NON_ANSWERS.contains(key(t))) {
      return true; // "N/A" is one phrase, not "N" or "A"
    }
    String[] phrases = ALTERNATIVES.split(t.toLowerCase(Locale.ROOT));
    boolean any = false;
    for (String p : phrases) {
      String k = key(p);
      if (k.isEmpty()) {
        continue;
      }
      if (!NON_ANSWERS.contains(k)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Tells whether a choice is a non-answer by its code or by any of its labels. */
  static boolean looksLikeNonAnswer(
      String code, Optional<String> label, Collection<String> labels) {
    if (NON_ANSWERS.contains(key(code.replace('_', ' ')))) {
      return true;
    }
    if (label.isPresent() && isNonAnswerText(label.get())) {
      return true;
    }
    return labels.stream().anyMatch(Vocabulary::isNonAnswerText);
  }

  /** Tells whether a choice's code or any label is one of the given words. */
  static boolean says(Choice c, Set<String> words) {
    if (words.contains(key(c.code()))) {
      return true;
    }
    if (c.label().isPresent() && words.contains(key(c.label().get()))) {
      return true;
    }
    return c.labels().values().stream().anyMatch(l -> words.contains(key(l)));
  }

  /** The unit of measure at the end of a label, as written there, when it is a known unit. */
  static Optional<String> unitInLabel(String label) {
    Matcher m = LAST_PARENTHESES.matcher(label);
    if (!m.find()) {
      return Optional.empty();
    }
    String unit = m.group(1).strip();
    if (unit.equals("%") || UNITS.contains(key(unit))) {
      return Optional.of(unit);
    }
    return Optional.empty();
  }

  /**
   * Tells whether a language as named in a header ("Vietnamese (vi)", "english", "EN") is the one
   * asked for: the same name ignoring case, with or without its code, or the same code.
   */
  static boolean sameLanguage(String named, String asked) {
    String bareName = LANGUAGE_CODE.matcher(named).replaceFirst("").strip();
    if (named.equalsIgnoreCase(asked.strip()) || bareName.equalsIgnoreCase(asked.strip())) {
      return true;
    }
    Optional<String> code = languageCode(named);
    Optional<String> askedCode = languageCode(asked);
    String a = askedCode.orElse(asked.strip());
    return code.isPresent() && code.get().equalsIgnoreCase(a);
  }

  private static Optional<String> languageCode(String language) {
    Matcher m = LANGUAGE_CODE.matcher(language);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** The text in a language from labels by language, by {@link #sameLanguage}. */
  static Optional<String> inLanguage(Map<String, String> labels, String language) {
    String exact = labels.get(language);
    if (exact != null) {
      return Optional.of(exact);
    }
    return labels.entrySet().stream()
        .filter(e -> sameLanguage(e.getKey(), language))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
