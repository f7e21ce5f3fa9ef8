/**
 * Reading and writing the files people exchange. Every failure is a {@link
 * vn.ddci.io.DdciIoException} naming the file, sheet, row, column and value; a read is all or
 * nothing.
 *
 * <pre>{@code
 * Map<Year, ResultTable> pci = ResultTableCsv.read(Path.of("pci.csv"), Frameworks.PCI_PROVINCES);
 * }</pre>
 */
package vn.ddci.io;
