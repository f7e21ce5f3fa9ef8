package vn.ddci.cli;

import java.util.ArrayList;
import java.util.List;

/** Text columns aligned for the terminal: text left, numbers right. */
final class Columns {
  private Columns() {}

  /**
   * Aligns rows, the header first.
   *
   * @param textColumn the column aligned left (a name); the others are aligned right
   */
  static List<String> align(List<String[]> rows, int textColumn) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], length(row[i]));
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String pad = " ".repeat(width[i] - length(row[i]));
        boolean left = i == textColumn || row == rows.get(0);
        line.append(i == 0 ? "" : "  ").append(left ? row[i] + pad : pad + row[i]);
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
