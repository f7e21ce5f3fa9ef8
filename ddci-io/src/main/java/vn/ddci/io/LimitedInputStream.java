package vn.ddci.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that refuses to give more than a number of bytes: past the limit, a read throws, so a
 * reader never takes an endless stream (a device, a pipe) or a huge upload in silently.
 */
final class LimitedInputStream extends FilterInputStream {
  /** Thrown when the stream holds more than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("more than the " + limit + " bytes read");
    }
  }

  private final long limit;
  private long count;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** The stream is not closed with this one: the caller owns it. */
  @Override
  public void close() {}

  private void count(long n) throws TooLarge {
    count += n;
    if (count > limit) {
      throw new TooLarge(limit);
    }
  }
}
