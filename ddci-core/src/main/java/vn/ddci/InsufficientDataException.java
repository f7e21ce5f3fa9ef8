package vn.ddci;

/**
 * A computation that the data at hand does not allow (dữ liệu không đủ): every value is valid, but
 * what is asked needs figures that were not published. The message says what was asked, what it
 * needs and what the data has, e.g.
 *
 * <pre>{@code
 * block SBN, year 2021: the improvement rank of TOTAL needs every unit's change; the table lists 6 of 24 units
 * }</pre>
 *
 * <p>Thrown instead of an approximation: the library never fills in what was not published.
 */
public class InsufficientDataException extends DdciValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was asked, what it needs, and what the data has
   */
  public InsufficientDataException(String message) {
    super(message);
  }
}
