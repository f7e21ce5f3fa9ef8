package vn.ddci.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the published data lies: the system property {@code ddci.data.dir}, or {@code
 * ../shared/data} beside the checkout (searched upwards from the working directory).
 */
public final class DataDir {
  private DataDir() {}

  /**
   * Returns the data folder, which may not exist.
   *
   * @return the folder holding {@code pci/}
   */
  public static Path get() {
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
}
