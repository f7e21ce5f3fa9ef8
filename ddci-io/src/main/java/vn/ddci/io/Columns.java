package vn.ddci.io;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ddci.framework.Block;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.name.Names;

/**
 * What each column of a result table holds, recognised from its header row: the one classifier of
 * the CSV and Excel readers.
 *
 * <p>Headers are compared by their {@link Names#key key} (no diacritics, case, spacing, punctuation
 * or line breaks). A value column (a component, the total, the rank, the tier) takes its units'
 * names from the nearest column to its left that holds names (headed as one, or not headed at all),
 * so that PCI's summary sheets, where every sub-index is sorted on its own beside its own column of
 * names, are read like a plain table.
 */
final class Columns {
  /** What a column holds. */
  enum Role {
    /** Unit names, headed ("Đơn vị", "Tỉnh", "Sở, ngành") or without a header. */
    UNIT,
    YEAR,
    BLOCK,
    BLOCK_SIZE,
    TOTAL,
    RANK,
    TIER,
    COMPONENT,
    /** The block's published median total, repeated on its rows. */
    MEDIAN,
    /** The block's published average total, repeated on its rows. */
    MEAN,
    /** Read by no one; reported with the reason. */
    IGNORED,
    /** No header: unit names when a value column to its right needs them, otherwise nothing. */
    BLANK;

    boolean isValue() {
      return this == TOTAL || this == RANK || this == TIER || this == COMPONENT;
    }
  }

  /** One column and what it holds. */
  static final class Column {
    final int index;
    final String header;
    Role role;

    /** For a component column: the text naming the component (the header, or the caller's). */
    final String component;

    /** For a total or rank column: the year its header names. */
    final Optional<Year> year;

    /** For a value column: the column of the names of its units. */
    int names = -1;

    /** For an ignored column: why. */
    String ignoredBecause;

    /** For a component column: the component in each framework, resolved once. */
    private final Map<Framework, Optional<Component>> resolved = new HashMap<>();

    Column(int index, String header, Role role, String component, Optional<Year> year) {
      this.index = index;
      this.header = header;
      this.role = role;
      this.component = component;
      this.year = year;
    }

    Optional<Component> component(Framework framework) {
      return resolved.computeIfAbsent(framework, f -> f.findComponent(component));
    }

    void ignore(String why) {
      role = Role.IGNORED;
      ignoredBecause = why;
    }
  }

  private static final Map<Role, Pattern> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put(
        Role.UNIT,
        Pattern.compile(
            "unit|units|name|department|district|province|locality|donvi|tendonvi|coquan"
                + "|tencoquan|coquandonvi|tencoquandonvi|donviduocdanhgia|coquanduocdanhgia|so"
                + "|tenso|songanh|sobannganh|songanhdiaphuong|huyen|tenhuyen|huyenthanhpho"
                + "|huyenthixathanhpho|tinh|tinhthanh|tinhthanhpho|diaphuong|tendiaphuong|ten"));
    KEYS.put(Role.YEAR, Pattern.compile("year|nam|namdanhgia"));
    KEYS.put(Role.BLOCK, Pattern.compile("block|khoi|tenkhoi|khoidanhgia"));
    KEYS.put(
        Role.BLOCK_SIZE,
        Pattern.compile(
            "blocksize|n|sodonvi|sodonvitrongkhoi|sodonvicuakhoi|tongsodonvi|soluongdonvi"
                + "|sodonviduocdanhgia"));
    KEYS.put(
        Role.TIER, Pattern.compile("tier|xeploai|xeploaichung|nhom|nhomxephang|nhomdiem|phanloai"));
    KEYS.put(
        Role.MEDIAN,
        Pattern.compile(
            "median|blockmedian|trungvi|diemtrungvi|trungvicuakhoi|diemtrungvicuakhoi"));
    KEYS.put(
        Role.MEAN,
        Pattern.compile(
            "mean|average|blockmean|blockaverage|trungbinh|diemtrungbinh|trungbinhcuakhoi"
                + "|diemtrungbinhcuakhoi"));
  }

  private static final Pattern ROW_NUMBERS =
      Pattern.compile("stt|tt|sothutu|thutu|no|number|order");

  private static final String YEAR = "(?:nam)?((?:19|20)\\d\\d)?";

  private static final Pattern RANK =
      Pattern.compile(
          "(?:rank|ranking|xephang|hang|thuhang|vitri|vitrixephang|xephangchung|thuhangchung)"
              + "(?:ddci|pci)?"
              + YEAR);

  /** The total: a total word or the index's name, a year, a scale ("(100 điểm)", "thang 100"). */
  private static final Pattern TOTAL =
      Pattern.compile(
          "(tongdiem|diemtong|tong|total|totalscore|overall|overallscore|score|diem|diemso"
              + "|diemtonghop|tongdiemtonghop|tongdiemchung)?"
              + "(ddci|pci)?"
              + YEAR
              + "(?:thangdiem\\d+|thang\\d+diem|thang\\d+|\\d+diem|outof\\d+|\\d+)?");

  private static final Pattern CHANGE =
      Pattern.compile(
          "(tanggiam|thaydoi|change|chenhlech|mucdocaithien|caithien|tanggiamsovoinamtruoc"
              + "|sovoinamtruoc).*");

  private Columns() {}

  /** The header's key, or "" for a header without a letter or digit. */
  static String key(String header) {
    return header.codePoints().anyMatch(Character::isLetterOrDigit) ? Names.key(header) : "";
  }

  /**
   * Recognises one header.
   *
   * @param headers the caller's headers, by key: a component's code or name, or a role's name
   */
  static Column recognise(
      int index, String header, List<Block> blocks, Map<String, String> headers) {
    String key = key(header);
    if (key.isEmpty()) {
      return new Column(index, header, Role.BLANK, null, Optional.empty());
    }
    String mapped = headers.get(key);
    if (mapped != null) {
      if (mapped.equals("IGNORE")) {
        return ignored(index, header, "ignored as the options ask");
      }
      if (TableOptions.ROLES.contains(mapped)) {
        return new Column(index, header, Role.valueOf(mapped), null, Optional.empty());
      }
      return new Column(index, header, Role.COMPONENT, mapped, Optional.empty());
    }
    if (ROW_NUMBERS.matcher(key).matches()) {
      return ignored(index, header, "row numbers");
    }
    for (Map.Entry<Role, Pattern> e : KEYS.entrySet()) {
      if (e.getValue().matcher(key).matches()) {
        return new Column(index, header, e.getKey(), null, Optional.empty());
      }
    }
    Matcher rank = RANK.matcher(key);
    if (rank.matches()) {
      return new Column(index, header, Role.RANK, null, year(rank.group(1)));
    }
    for (Block block : blocks) {
      Optional<Component> c = block.framework().findComponent(header);
      if (c.isPresent()) {
        return new Column(index, header, Role.COMPONENT, header, Optional.empty());
      }
    }
    Matcher total = TOTAL.matcher(key);
    if (total.matches() && (total.group(1) != null || total.group(2) != null)) {
      return new Column(index, header, Role.TOTAL, null, year(total.group(3)));
    }
    if (CHANGE.matcher(key).matches()) {
      return ignored(
          index, header, "a change: the library computes changes from both years' figures");
    }
    return ignored(index, header, UNKNOWN);
  }

  /** Why a column of a header the reader does not know is ignored. */
  static final String UNKNOWN = "not a column of results the reader knows; map it with withHeaders";

  private static final Pattern TOTAL_LIKE =
      Pattern.compile(".*(tong|total|diem|score|pci|ddci|chiso|index|composite|ketqua).*");

  /** Tells whether a column was ignored because the reader does not know its header. */
  static boolean isUnknown(Column c) {
    return c.role == Role.IGNORED && UNKNOWN.equals(c.ignoredBecause);
  }

  /** Tells whether an unknown header could be a total. */
  static boolean looksLikeATotal(Column c) {
    return isUnknown(c) && TOTAL_LIKE.matcher(key(c.header)).matches();
  }

  private static Column ignored(int index, String header, String why) {
    Column c = new Column(index, header, Role.IGNORED, null, Optional.empty());
    c.ignoredBecause = why;
    return c;
  }

  private static Optional<Year> year(String digits) {
    return digits == null ? Optional.empty() : Optional.of(Year.of(Integer.parseInt(digits)));
  }

  /** Recognises a header row. */
  static List<Column> recognise(List<String> row, List<Block> blocks, Map<String, String> headers) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      columns.add(recognise(i, row.get(i), blocks, headers));
    }
    return columns;
  }

  /**
   * Tells whether a header row looks like one: a total or component column, and a column of names
   * (headed as one, or not headed, to the left of a value column).
   */
  static boolean isHeaderRow(List<Column> columns) {
    boolean unitHeaded = columns.stream().anyMatch(c -> c.role == Role.UNIT);
    for (Column c : columns) {
      if (c.role == Role.TOTAL || c.role == Role.COMPONENT) {
        boolean blankToTheLeft =
            columns.stream().anyMatch(b -> b.role == Role.BLANK && b.index < c.index);
        if (unitHeaded || blankToTheLeft) {
          return true;
        }
      }
    }
    return false;
  }

  /** The key of a row that gives the block's median in the total column, not a unit. */
  private static final Pattern MEDIAN_ROW =
      Pattern.compile("(diem)?trungvi(cuakhoi|khoi|toankhoi)?|median");

  /** The key of a row that gives the block's average in the total column, not a unit. */
  private static final Pattern MEAN_ROW =
      Pattern.compile("(diem)?(trungbinh|binhquan)(cuakhoi|khoi|toankhoi)?|average|mean");

  /** The key of a summary row that is no unit: a sum or a count. */
  private static final Pattern SUMMARY_ROW = Pattern.compile("tong|tongcong|cong|total|sum");

  /** What a name cell holds when it is not a unit: "MEDIAN", "MEAN", "SUMMARY", or null. */
  static String blockFigureRow(String name) {
    String key = key(name);
    if (MEDIAN_ROW.matcher(key).matches()) {
      return "MEDIAN";
    }
    if (MEAN_ROW.matcher(key).matches()) {
      return "MEAN";
    }
    return SUMMARY_ROW.matcher(key).matches() ? "SUMMARY" : null;
  }

  /** The caller's headers by key. */
  static Map<String, String> byKey(Map<String, String> headers) {
    Map<String, String> keys = new LinkedHashMap<>();
    headers.forEach((header, target) -> keys.put(key(header), target));
    return keys;
  }
}
