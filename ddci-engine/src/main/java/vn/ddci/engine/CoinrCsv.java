package vn.ddci.engine;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ddci.DdciValidationException;
import vn.ddci.io.DdciIoException;

/**
 * Reads an index in COINr's layout: {@code iMeta.csv}, one row per indicator, aggregate, group and
 * denominator column, and {@code iData.csv}, one row per unit.
 *
 * <pre>{@code
 * IndexInput asem = CoinrCsv.read(Path.of("iData.csv"), Path.of("iMeta.csv"));
 * Build build = asem.run(Pipeline.coinrDefault("EurAsia_group"));
 * }</pre>
 *
 * <p>iMeta's columns: {@code iCode}, {@code Type} ({@code Indicator}, {@code Aggregate}, {@code
 * Group}, {@code Denominator}), and for indicators and aggregates {@code Parent} (empty for the
 * index), {@code Weight}, {@code Direction} (+1/−1); optional {@code iName}, {@code Unit}, {@code
 * Target}, {@code Denominator}, {@code Level} (checked against the tree when given). iData's
 * columns: {@code uCode} (unique), optional {@code uName} and {@code Time} (not used), and one
 * column per iMeta row of type Indicator, Group or Denominator. Files are UTF-8, with or without a
 * byte order mark. An empty cell or {@code NA} is a missing value. Any other problem is a {@link
 * DdciIoException} naming file, row, column and value; nothing is returned half-read.
 */
public final class CoinrCsv {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private CoinrCsv() {}

  /**
   * Reads an index.
   *
   * @param iData the data file
   * @param iMeta the metadata file
   * @return the tree and the raw data
   * @throws DdciIoException naming file, row, column and value when a file cannot be read or is not
   *     valid
   */
  public static IndexInput read(Path iData, Path iMeta) {
    Objects.requireNonNull(iData, "iData");
    Objects.requireNonNull(iMeta, "iMeta");
    Meta meta = readMeta(iMeta);
    Dataset data = readData(iData, meta);
    return IndexInput.of(meta.tree, data);
  }

  /**
   * Reads an index's data file (iData) against a tree given in code instead of an iMeta file: the
   * columns are uCode, optionally uName and Time, the tree's indicators and denominators, and the
   * given group columns.
   *
   * @param iData the data file
   * @param tree the indicator tree
   * @param groups the group columns (for group imputation), possibly none
   * @return the tree and the raw data
   * @throws DdciIoException naming file, row, column and value when the file cannot be read, has a
   *     column that is none of these, lacks an indicator's column, or holds an invalid value
   */
  public static IndexInput read(Path iData, IndicatorTree tree, Set<String> groups) {
    Objects.requireNonNull(iData, "iData");
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(groups, "groups");
    Meta meta = new Meta();
    meta.tree = tree;
    meta.groups.addAll(groups);
    for (Node n : tree.indicators()) {
      meta.indicators.add(n.code());
      n.denominator().ifPresent(meta.denominators::add);
    }
    return IndexInput.of(tree, readData(iData, meta));
  }

  private static final class Meta {
    IndicatorTree tree;
    final Set<String> groups = new java.util.LinkedHashSet<>();
    final Set<String> denominators = new java.util.LinkedHashSet<>();
    final Set<String> indicators = new java.util.LinkedHashSet<>();
  }

  private static Meta readMeta(Path file) {
    String src = file.toString();
    Meta meta = new Meta();
    List<Node> nodes = new ArrayList<>();
    Map<String, Integer> givenLevels = new HashMap<>();
    Map<String, Integer> rows = new HashMap<>();
    try (Reader r = withoutByteOrderMark(file);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
      checkHeader(src, p.getHeaderNames());
      for (String required : List.of("iCode", "Type")) {
        if (!p.getHeaderMap().containsKey(required)) {
          throw DdciIoException.atRow(
              src, null, 1, "no column " + required + " in the header", null);
        }
      }
      for (CSVRecord rec : p) {
        int row = (int) rec.getRecordNumber() + 1;
        String code = text(rec, "iCode");
        String type = text(rec, "Type");
        if (code.isEmpty()) {
          throw DdciIoException.atCell(src, null, row, "iCode", "", "no code", null);
        }
        Integer earlier = rows.put(code, row);
        if (earlier != null) {
          throw DdciIoException.atCell(
              src,
              null,
              row,
              "iCode",
              code,
              "code " + code + " is given twice (also row " + earlier + ")",
              null);
        }
        switch (type) {
          case "Group":
            meta.groups.add(code);
            break;
          case "Denominator":
            meta.denominators.add(code);
            break;
          case "Indicator":
          case "Aggregate":
            nodes.add(node(src, row, rec, code, type));
            OptionalDouble level = number(src, row, rec, "Level");
            if (level.isPresent()) {
              double l = level.getAsDouble();
              if (l < 1 || l != Math.rint(l)) {
                throw DdciIoException.atCell(
                    src,
                    null,
                    row,
                    "Level",
                    text(rec, "Level"),
                    "a level is a whole number from 1",
                    null);
              }
              givenLevels.put(code, (int) l);
            }
            if (type.equals("Indicator")) {
              meta.indicators.add(code);
            }
            break;
          default:
            throw DdciIoException.atCell(
                src,
                null,
                row,
                "Type",
                type,
                "the type is none of Indicator, Aggregate, Group, Denominator",
                null);
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw DdciIoException.of(src, "cannot be read: " + e.getMessage(), e);
    }
    try {
      meta.tree = IndicatorTree.of(nodes);
    } catch (DdciValidationException e) {
      throw DdciIoException.of(src, e.getMessage(), e);
    }
    givenLevels.forEach(
        (code, level) -> {
          int computed = meta.tree.level(code);
          if (computed != level) {
            throw DdciIoException.atCell(
                src,
                null,
                rows.get(code),
                "Level",
                String.valueOf(level),
                code + " is at level " + computed + " of the tree its parents make",
                null);
          }
        });
    return meta;
  }

  private static Node node(String src, int row, CSVRecord rec, String code, String type) {
    try {
      Node.Builder b =
          Node.builder()
              .code(code)
              .kind(type.equals("Indicator") ? Node.Kind.INDICATOR : Node.Kind.AGGREGATE);
      String name = text(rec, "iName");
      if (!name.isEmpty()) {
        b.name(name);
      }
      String parent = text(rec, "Parent");
      if (!parent.isEmpty()) {
        b.parent(parent);
      }
      OptionalDouble weight = number(src, row, rec, "Weight");
      if (weight.isPresent()) {
        b.weight(weight.getAsDouble());
      }
      OptionalDouble direction = number(src, row, rec, "Direction");
      if (direction.isPresent()) {
        double d = direction.getAsDouble();
        if (d != 1 && d != -1) {
          throw DdciIoException.atCell(
              src, null, row, "Direction", text(rec, "Direction"), "a direction is 1 or -1", null);
        }
        b.direction(Direction.of((int) d));
      }
      String unit = text(rec, "Unit");
      if (!unit.isEmpty()) {
        b.unitOfMeasure(unit);
      }
      if (type.equals("Indicator")) {
        number(src, row, rec, "Target").ifPresent(b::target);
        String den = text(rec, "Denominator");
        if (!den.isEmpty()) {
          b.denominator(den);
        }
      }
      return b.build();
    } catch (DdciValidationException e) {
      throw DdciIoException.atRow(src, null, row, e.getMessage(), e);
    }
  }

  private static Dataset readData(Path file, Meta meta) {
    String src = file.toString();
    Dataset.Builder b = Dataset.builder();
    Map<String, List<Double>> numbers = new LinkedHashMap<>();
    Map<String, List<String>> labels = new LinkedHashMap<>();
    List<String> units = new ArrayList<>();
    Map<String, Integer> unitRows = new HashMap<>();
    try (Reader r = withoutByteOrderMark(file);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
      List<String> header = p.getHeaderNames();
      checkHeader(src, header);
      if (!header.contains("uCode")) {
        throw DdciIoException.atRow(src, null, 1, "no column uCode in the header", null);
      }
      for (String h : header) {
        if (meta.groups.contains(h)) {
          labels.put(h, new ArrayList<>());
        } else if (meta.indicators.contains(h) || meta.denominators.contains(h)) {
          numbers.put(h, new ArrayList<>());
        } else if (!h.equals("uCode") && !h.equals("uName") && !h.equals("Time")) {
          throw DdciIoException.atCell(
              src, null, 1, h, h, "column " + h + " has no row in iMeta", null);
        }
      }
      for (String needed : meta.indicators) {
        if (!numbers.containsKey(needed)) {
          throw DdciIoException.atRow(
              src, null, 1, "no column for indicator " + needed + " of iMeta", null);
        }
      }
      for (String needed : meta.denominators) {
        if (!numbers.containsKey(needed)) {
          throw DdciIoException.atRow(
              src, null, 1, "no column for denominator " + needed + " of iMeta", null);
        }
      }
      for (CSVRecord rec : p) {
        int row = (int) rec.getRecordNumber() + 1;
        if (!rec.isConsistent()) {
          throw DdciIoException.atRow(
              src, null, row, rec.size() + " cells for " + header.size() + " columns", null);
        }
        String code = text(rec, "uCode");
        if (code.isEmpty()) {
          throw DdciIoException.atCell(src, null, row, "uCode", "", "no unit code", null);
        }
        Integer before = unitRows.put(code, row);
        if (before != null) {
          throw DdciIoException.atCell(
              src,
              null,
              row,
              "uCode",
              code,
              "unit " + code + " is given twice (also row " + before + ")",
              null);
        }
        try {
          String name = text(rec, "uName");
          if (name.isEmpty()) {
            b.unit(code);
          } else {
            b.unit(code, name);
          }
        } catch (DdciValidationException e) {
          throw DdciIoException.atCell(src, null, row, "uCode", code, e.getMessage(), e);
        }
        units.add(code);
        for (Map.Entry<String, List<Double>> e : numbers.entrySet()) {
          e.getValue().add(number(src, row, rec, e.getKey()).orElse(Double.NaN));
        }
        labels.forEach((g, l) -> l.add(text(rec, g)));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw DdciIoException.of(src, "cannot be read: " + e.getMessage(), e);
    }
    if (units.isEmpty()) {
      throw DdciIoException.of(src, "no unit: the file has a header only", null);
    }
    numbers.forEach(
        (column, values) -> {
          double[] v = new double[values.size()];
          List<String> missing = new ArrayList<>();
          for (int i = 0; i < v.length; i++) {
            double x = values.get(i);
            if (Double.isNaN(x)) {
              missing.add(units.get(i));
              v[i] = 0;
            } else {
              v[i] = x;
            }
          }
          b.column(column, v);
          b.missing(column, missing.toArray(new String[0]));
        });
    labels.forEach((g, l) -> b.group(g, l.toArray(new String[0])));
    return b.build();
  }

  /** Opens a UTF-8 text file, without the byte order mark a spreadsheet may write first. */
  private static Reader withoutByteOrderMark(Path file) throws IOException {
    return new java.io.BufferedReader(
        new java.io.InputStreamReader(
            org.apache.commons.io.input.BOMInputStream.builder().setPath(file).get(),
            StandardCharsets.UTF_8));
  }

  /** Refuses a column named twice in the header, which commons-csv accepts. */
  private static void checkHeader(String src, List<String> header) {
    Set<String> seen = new java.util.HashSet<>();
    for (String h : header) {
      if (!seen.add(h)) {
        throw DdciIoException.atCell(
            src, null, 1, h, h, "column " + h + " is named twice in the header", null);
      }
    }
  }

  private static String text(CSVRecord rec, String column) {
    return rec.isMapped(column) && rec.isSet(column) ? rec.get(column).strip() : "";
  }

  private static OptionalDouble number(String src, int row, CSVRecord rec, String column) {
    String t = text(rec, column);
    if (t.isEmpty() || t.equals("NA")) {
      return OptionalDouble.empty();
    }
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw DdciIoException.atCell(src, null, row, column, t, "not a number", e);
    }
    if (!Double.isFinite(v)) {
      throw DdciIoException.atCell(src, null, row, column, t, "not a finite number", null);
    }
    return OptionalDouble.of(v);
  }
}
