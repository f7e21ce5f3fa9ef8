package vn.ddci;

/**
 * The one exception the model throws for a value that is not valid (giá trị không hợp lệ): a score
 * outside its scale, a rank outside 1–n, a name without a letter, a builder missing a required
 * attribute. Its message names what is wrong and where: the unit, component, year or field, and the
 * offending value.
 *
 * <p>It is an {@link IllegalArgumentException}, so code that catches that keeps working; the
 * readers of {@code ddci-io} catch exactly this type and attach the file, sheet, row and column.
 *
 * <pre>{@code
 * unit 'Sở Ngoại vụ', year 2023, component TIME_COST: score 12.5 is outside 0–10
 * }</pre>
 */
public class DdciValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, where, and the value
   */
  public DdciValidationException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, where, and the value
   * @param cause the underlying exception
   */
  public DdciValidationException(String message, Throwable cause) {
    super(message, cause);
  }
}
