package vn.ddci.cli;

import java.io.PrintWriter;
import java.util.Locale;
import vn.ddci.uncertainty.Progress;

/**
 * A plain-text progress bar (thanh tiến độ) for a long run, redrawn in place with a carriage
 * return: {@code [##########..........] 50/100 50 %}. The last state ends the line.
 */
final class ProgressBar implements Progress {
  /** The bar's width in characters. */
  static final int WIDTH = 30;

  private final PrintWriter err;
  private int shown = -1;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void replicated(int done, int total) {
    if (done == shown) {
      return;
    }
    shown = done;
    err.print('\r' + line(done, total));
    if (done >= total) {
      err.println();
    }
    err.flush();
  }

  /** One state of the bar. */
  static String line(int done, int total) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    int percent = total == 0 ? 100 : (int) ((long) done * 100 / total);
    String count = String.valueOf(total);
    return "["
        + "#".repeat(filled)
        + ".".repeat(WIDTH - filled)
        + "] "
        + String.format(Locale.ROOT, "%" + count.length() + "d/%s %3d %%", done, count, percent);
  }
}
