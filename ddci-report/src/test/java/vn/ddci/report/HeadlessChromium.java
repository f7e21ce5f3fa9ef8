package vn.ddci.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, for the tests: opens a page served from a local HTTP server (so that
 * every load the page makes is seen, and a failed one is a 404 on record), dumps the DOM it built,
 * collects its console messages, and takes screenshots. Each run gets a fresh profile and is killed
 * after a timeout, so a hung browser cannot hang the build.
 */
final class HeadlessChromium {
  static final String PROPERTY = "ddci.chromium";
  static final Path DEFAULT = Paths.get("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 90;

  private final Path executable;

  private HeadlessChromium(Path executable) {
    this.executable = executable;
  }

  /** The browser, or the test is skipped with a message saying how to install it. */
  static HeadlessChromium require() {
    Path exe = Paths.get(System.getProperty(PROPERTY, DEFAULT.toString()));
    assumeTrue(
        Files.isExecutable(exe),
        () ->
            "no Chromium at "
                + exe
                + ": the HTML report's browser check is skipped; install it with `apt-get install"
                + " chromium` (Debian) or give its path with -D"
                + PROPERTY
                + "=<path>");
    return new HeadlessChromium(exe);
  }

  /** What the browser made of a page. */
  static final class Page {
    final String dom;
    final List<String> console;
    final List<String> failedLoads;
    final List<String> otherRequests;

    Page(String dom, List<String> console, List<String> failedLoads, List<String> other) {
      this.dom = dom;
      this.console = List.copyOf(console);
      this.failedLoads = List.copyOf(failedLoads);
      this.otherRequests = List.copyOf(other);
    }

    /** How often an element's start tag occurs in the DOM, e.g. "figure". */
    int count(String element) {
      return dom.split("<" + element + "[\\s>]", -1).length - 1;
    }
  }

  /**
   * Opens the page and dumps its DOM. Console messages are Chromium's "CONSOLE" log lines (a page
   * without scripts has none unless something is wrong); failed loads are requests to the server
   * for anything but the page, answered 404 (the browser's own request for /favicon.ico aside).
   */
  Page open(Path html) throws IOException, InterruptedException {
    List<String> requests = Collections.synchronizedList(new ArrayList<>());
    List<String> failed = Collections.synchronizedList(new ArrayList<>());
    String name = html.getFileName().toString();
    byte[] page = Files.readAllBytes(html);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          try {
            if (path.equals("/" + name)) {
              exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
              exchange.sendResponseHeaders(200, page.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
              }
            } else if (path.equals("/favicon.ico")) {
              exchange.sendResponseHeaders(404, -1);
            } else {
              failed.add(path);
              exchange.sendResponseHeaders(404, -1);
            }
            requests.add(path);
          } finally {
            exchange.close();
          }
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
      Run run = run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", url));
      List<String> console =
          run.stderr.lines().filter(l -> l.contains(":CONSOLE")).collect(Collectors.toList());
      List<String> other =
          requests.stream()
              .filter(p -> !p.equals("/" + name) && !p.equals("/favicon.ico"))
              .collect(Collectors.toList());
      return new Page(run.stdout, console, failed, other);
    } finally {
      server.stop(0);
    }
  }

  /** Takes a screenshot of the page's first {@code height} pixels at a width, as PNG. */
  void screenshot(Path html, Path png, int width, int height)
      throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    run(
        List.of(
            "--hide-scrollbars",
            "--window-size=" + width + "," + height,
            "--screenshot=" + png.toAbsolutePath(),
            html.toAbsolutePath().toUri().toString()));
    if (!Files.isRegularFile(png)) {
      throw new AssertionError("Chromium wrote no screenshot to " + png);
    }
  }

  private static final class Run {
    final String stdout;
    final String stderr;

    Run(String stdout, String stderr) {
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }

  private Run run(List<String> arguments) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("ddci-chromium-");
    Path profile = Files.createDirectory(work.resolve("profile"));
    Path out = work.resolve("stdout");
    Path err = work.resolve("stderr");
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile));
    command.addAll(arguments);
    Process p =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        // this run's browser and its helper processes, by their ids, while they can be found
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new AssertionError(
            "Chromium did not finish within " + TIMEOUT_SECONDS + " s; killed: " + command);
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new AssertionError(
            "Chromium exited with " + p.exitValue() + ": " + command + "\n" + stderr);
      }
      return new Run(Files.readString(out, StandardCharsets.UTF_8), stderr);
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      delete(work);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path f : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a helper process may still be writing into its profile; the temporary folder stays
    }
  }
}
