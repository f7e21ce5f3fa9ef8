package vn.ddci.text;

import java.util.Locale;

/**
 * The language a plan's text is written in (ngôn ngữ): Vietnamese, as plans are written, or
 * English, for readers abroad and for reviewers.
 */
public enum Language {
  /** Vietnamese (tiếng Việt): decimal commas, "04/08", "tăng 7 bậc". */
  VIETNAMESE(Locale.forLanguageTag("vi-VN")),
  /** English (tiếng Anh): decimal points, "4 of 8", "up 7 places". */
  ENGLISH(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale of the language, e.g. {@code vi-VN}.
   *
   * @return the locale; never null
   */
  public Locale locale() {
    return locale;
  }
}
