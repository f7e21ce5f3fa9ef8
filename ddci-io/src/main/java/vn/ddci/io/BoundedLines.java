package vn.ddci.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a line longer than {@link #MAX_LINE_CHARS} characters or of more than
 * {@link #MAX_SEPARATORS} commas, while it is read: a CSV parser holds a whole record in memory, so
 * an endless line of commas must be stopped before it becomes millions of cells.
 */
final class BoundedLines extends FilterReader {
  /** The longest line: 1,000,000 characters (a hundred cells of the longest size). */
  static final int MAX_LINE_CHARS = 1_000_000;

  /** The most commas in a line: 10,000. */
  static final int MAX_SEPARATORS = 10_000;

  /** Thrown when a line is too long. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong(long line, String what) {
      super("line " + line + " has " + what);
    }
  }

  private long line = 1;
  private int chars;
  private int separators;

  BoundedLines(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      count(buffer[offset + i]);
    }
    return n;
  }

  private void count(char c) throws TooLong {
    if (c == '\n') {
      line++;
      chars = 0;
      separators = 0;
      return;
    }
    if (++chars > MAX_LINE_CHARS) {
      throw new TooLong(line, "more than " + MAX_LINE_CHARS + " characters");
    }
    if (c == ',' && ++separators > MAX_SEPARATORS) {
      throw new TooLong(line, "more than " + MAX_SEPARATORS + " commas");
    }
  }
}
