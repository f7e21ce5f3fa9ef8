package vn.ddci.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file whole or not at all (ghi tệp trọn vẹn): into a temporary file beside the target,
 * then moved over it at once, so that a reader never sees half a file and a failure leaves the old
 * one. The target keeps its permissions; a new file gets {@code rw-r--r--}. Every writer of the
 * library's modules uses it.
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  /** What is written: the content, streamed. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the temporary file's stream
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes a file whole or not at all.
   *
   * @param file the file to write or replace
   * @param content what it holds
   * @throws DdciIoException naming the file when it is not a regular file (a link, a folder, a
   *     device, a pipe) or cannot be written
   */
  public static void write(Path file, Content content) {
    Path target = file.toAbsolutePath();
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw DdciIoException.of(
          file.toString(),
          "is not a regular file (a link, a folder, a device or a pipe): it is not replaced",
          null);
    }
    try {
      Path temporary = Files.createTempFile(target.getParent(), ".ddci-", ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temporary)) {
          content.writeTo(out);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(
              temporary, Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
        }
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | RuntimeException e) {
      throw DdciIoException.of(file.toString(), "cannot be written: " + e, e);
    }
  }

  /**
   * Refuses what is not a regular file (a directory, a device such as /dev/zero, a named pipe) or
   * is larger than the limit, before anything reads it.
   */
  static void checkReadable(Path file, long max) {
    if (!Files.isRegularFile(file)) {
      throw DdciIoException.of(
          file.toString(), Files.exists(file) ? "is not a regular file" : "does not exist", null);
    }
    try {
      long size = Files.size(file);
      if (size > max) {
        throw DdciIoException.of(
            file.toString(),
            "the file has " + size + " bytes, more than the " + max + " read",
            null);
      }
    } catch (IOException e) {
      throw DdciIoException.of(file.toString(), "cannot be read: " + e, e);
    }
  }
}
