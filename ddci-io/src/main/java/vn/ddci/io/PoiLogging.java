package vn.ddci.io;

import java.util.ServiceLoader;

/**
 * Keeps Apache POI quiet in an application that has not set up logging.
 *
 * <p>POI logs through the Log4j API. When no Log4j provider is on the class path (log4j-core,
 * log4j-to-slf4j …) and none is named, the Log4j API prints "ERROR StatusLogger Log4j API could not
 * find a logging provider" to standard error the first time POI logs, and then falls back to its
 * simple logger. Before the library first touches POI, this names that same simple logger ({@code
 * log4j.provider}), so the fallback is taken without the message. An application that has a
 * provider, or names one, is left alone.
 */
public final class PoiLogging {
  static final String PROPERTY = "log4j.provider";
  static final String SIMPLE = "org.apache.logging.log4j.simple.internal.SimpleProvider";

  private static volatile boolean done;

  private PoiLogging() {}

  /**
   * Names Log4j's simple logger, unless a provider is present or named; once per JVM. Call it
   * before touching Apache POI.
   */
  public static void quietWhenUnconfigured() {
    if (done) {
      return;
    }
    synchronized (PoiLogging.class) {
      if (!done) {
        if (System.getProperty(PROPERTY) == null && !hasProvider()) {
          System.setProperty(PROPERTY, SIMPLE);
        }
        done = true;
      }
    }
  }

  private static boolean hasProvider() {
    ClassLoader loader = PoiLogging.class.getClassLoader();
    return ServiceLoader.load(org.apache.logging.log4j.spi.Provider.class, loader).stream()
            .findAny()
            .isPresent()
        || loader.getResource("META-INF/log4j-provider.properties") != null;
  }
}
