package vn.ddci.survey;

/**
 * Keeps Apache POI from printing "Log4j API could not find a logging provider" in an application
 * that has no Log4j provider (internal).
 *
 * <p>POI logs through the Log4j API, which, finding no provider, complains on standard error the
 * first time it is used and then falls back to its own simple logger. When no provider is
 * registered on the class path (no {@code META-INF/services/org.apache.logging.log4j.spi.Provider}
 * nor legacy {@code META-INF/log4j-provider.properties}) and none is named by the system property
 * {@code log4j.provider}, that simple logger is named before POI is first touched, so the fallback
 * is taken silently. An application that has or names a provider is left alone.
 */
final class PoiQuiet {
  private static final String PROPERTY = "log4j.provider";
  private static final String SIMPLE_PROVIDER =
      "org.apache.logging.log4j.simple.internal.SimpleProvider";

  private static boolean done;

  private PoiQuiet() {}

  /** Names Log4j's simple logger unless a provider is present or named; once per class loader. */
  static synchronized void unlessConfigured() {
    if (done) {
      return;
    }
    done = true;
    ClassLoader loader = PoiQuiet.class.getClassLoader();
    if (System.getProperty(PROPERTY) == null
        && loader.getResource("META-INF/services/org.apache.logging.log4j.spi.Provider") == null
        && loader.getResource("META-INF/log4j-provider.properties") == null) {
      System.setProperty(PROPERTY, SIMPLE_PROVIDER);
    }
  }
}
