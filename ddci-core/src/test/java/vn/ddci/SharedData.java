package vn.ddci;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the published data of {@code shared/data}, which is never copied into the repository.
 *
 * <p>The system property {@code ddci.data.dir} names the folder (Maven sets it to {@code
 * ../shared/data} beside the checkout); without it, {@code ../shared/data} is searched upwards from
 * the working directory. A test that needs a file calls {@link #require(String)}, which skips the
 * test, with the reason, when the file is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** Returns the data folder, which may not exist. */
  public static Path dir() {
    String configured = System.getProperty("ddci.data.dir");
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured).toAbsolutePath().normalize();
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Paths.get("..", "shared", "data").toAbsolutePath().normalize();
  }

  /** Returns a data file, or skips the calling test when it is absent. */
  public static Path require(String relativePath) {
    Path file = dir().resolve(relativePath);
    assumeTrue(
        Files.isRegularFile(file),
        () -> "published data not found at " + file + " (set -Dddci.data.dir to shared/data)");
    return file;
  }
}
