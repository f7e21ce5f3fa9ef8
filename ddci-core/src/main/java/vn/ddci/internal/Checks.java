package vn.ddci.internal;

import com.google.common.base.Strings;
import java.util.function.Supplier;
import vn.ddci.DdciValidationException;

/**
 * The argument checks of the library (internal; not part of the API): they throw {@link
 * DdciValidationException}, and build the message only when the check fails.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks a condition on an argument.
   *
   * @param condition what must hold
   * @param template the message, with {@code %s} for each argument
   * @param args the message's arguments
   * @throws DdciValidationException if the condition does not hold
   */
  public static void checkArgument(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new DdciValidationException(Strings.lenientFormat(template, args));
    }
  }

  /**
   * Checks a condition on an argument, building the message only when it fails: for messages that
   * show values (a decimal's digits, a quoted name) whose formatting costs time or memory.
   *
   * @param condition what must hold
   * @param message builds the message
   * @throws DdciValidationException if the condition does not hold
   */
  public static void checkArgument(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new DdciValidationException(message.get());
    }
  }

  /**
   * Turns the refusal of a map given the same key twice (Guava's "Multiple entries with same key:
   * K=V1 and K=V2", thrown while a builder builds) into the library's exception, saying what was
   * given twice.
   *
   * @param what what was given twice, e.g. "scorecard: a component's score"
   * @param duplicate Guava's exception
   * @return the exception to throw
   */
  public static DdciValidationException givenTwice(
      String what, IllegalArgumentException duplicate) {
    String detail =
        String.valueOf(duplicate.getMessage()).replace("Multiple entries with same key: ", "");
    return new DdciValidationException(what + " is given twice: " + detail, duplicate);
  }

  /**
   * Builds a value with an Immutables builder, turning a map given the same key twice into the
   * library's exception (see {@link #givenTwice}).
   *
   * @param <T> the value's type
   * @param build the generated builder's build
   * @param what what a map's key stands for, e.g. "scorecard: a component's score"
   * @return the value
   */
  public static <T> T building(Supplier<T> build, String what) {
    try {
      return build.get();
    } catch (DdciValidationException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw givenTwice(what, e);
    }
  }

  /**
   * Formats a message as {@link #checkArgument(boolean, String, Object...)} does.
   *
   * @param template the message, with {@code %s} for each argument
   * @param args the arguments
   * @return the message
   */
  public static String format(String template, Object... args) {
    return Strings.lenientFormat(template, args);
  }

  /**
   * Checks a condition on an argument with a fixed message.
   *
   * @param condition what must hold
   * @param message the message
   * @throws DdciValidationException if the condition does not hold
   */
  public static void checkArgument(boolean condition, String message) {
    if (!condition) {
      throw new DdciValidationException(message);
    }
  }
}
