package vn.ddci.io;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table to export: a name (the sheet's), Vietnamese headers, and rows of cells that are text,
 * exact decimals, whole numbers or empty (null).
 */
final class Table {
  final String name;
  final ImmutableList<String> headers;
  final List<List<Object>> rows = new ArrayList<>();

  /** Whether a reader reads the table back, so that every number must be written exactly. */
  boolean readBack;

  Table(String name, String... headers) {
    this.name = name;
    this.headers = ImmutableList.copyOf(headers);
  }

  /** Marks the table as one a reader reads back: numbers a cell cannot hold are refused. */
  Table readBack() {
    readBack = true;
    return this;
  }

  Table add(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalStateException(
          "a row of " + cells.length + " cells in table '" + name + "' of " + headers.size());
    }
    rows.add(Arrays.asList(cells));
    return this;
  }
}
