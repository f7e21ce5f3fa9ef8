package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/**
 * Something of a form that {@link XlsForm#read(java.nio.file.Path)} did not make a question of, and
 * why: a row (a note, a calculation, metadata, a question inside a repeat, a type the scorer does
 * not use), the columns of a sheet it does not read, or a whole sheet.
 *
 * <pre>{@code
 * Skipped[survey row 5, note invalid_variable: a note shows text and takes no answer]
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Skipped {
  Skipped() {}

  /**
   * Returns a skipped row of a sheet.
   *
   * @param sheet the sheet, as the workbook names it
   * @param row the row, as a spreadsheet numbers it (the header is row 1)
   * @param type the row's XLSForm type as written, or "" when it has none
   * @param name the row's name, or "" when it has none
   * @param reason why it is not a question
   * @return the record
   * @throws vn.ddci.DdciValidationException if the row is not positive or the reason is blank
   */
  public static Skipped row(String sheet, int row, String type, String name, String reason) {
    ImmutableSkipped.Builder b = ImmutableSkipped.builder().sheet(sheet).row(row).reason(reason);
    if (!type.isEmpty()) {
      b.type(type);
    }
    if (!name.isEmpty()) {
      b.name(name);
    }
    return b.build();
  }

  /**
   * Returns a whole sheet not read.
   *
   * @param sheet the sheet, as the workbook names it
   * @param reason why it is not read
   * @return the record
   * @throws vn.ddci.DdciValidationException if the reason is blank
   */
  public static Skipped sheet(String sheet, String reason) {
    return ImmutableSkipped.builder().sheet(sheet).reason(reason).build();
  }

  /**
   * Returns the sheet.
   *
   * @return e.g. {@code "survey"}, as the workbook names it
   */
  public abstract String sheet();

  /**
   * Returns the row, as a spreadsheet numbers it.
   *
   * @return the row; empty for a whole sheet
   */
  public abstract OptionalInt row();

  /**
   * Returns the row's XLSForm type, as written.
   *
   * @return e.g. {@code "note"}, {@code "begin repeat"}
   */
  public abstract Optional<String> type();

  /**
   * Returns the row's name.
   *
   * @return e.g. {@code "start"}
   */
  public abstract Optional<String> name();

  /**
   * Returns why it was not read as a question.
   *
   * @return e.g. "a note shows text and takes no answer"
   */
  public abstract String reason();

  @Value.Check
  void check() {
    checkArgument(!sheet().isBlank(), "a skipped record needs a sheet");
    checkArgument(!reason().isBlank(), "a skipped record needs a reason");
    row().ifPresent(r -> checkArgument(r > 0, "a row number is positive, got %s", r));
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Skipped[").append(sheet());
    row().ifPresent(r -> s.append(" row ").append(r));
    if (type().isPresent() || name().isPresent()) {
      s.append(',');
      type().ifPresent(t -> s.append(' ').append(t));
      name().ifPresent(n -> s.append(' ').append(n));
    }
    return s.append(": ").append(reason()).append(']').toString();
  }
}
