/**
 * Names of units, components and divisions: Unicode normalisation and tolerant matching.
 *
 * <pre>{@code
 * Names.key("TT- Huế").equals(Names.key("TT.Huế"));                    // true
 * NameMatcher.builder().alias("Bắc Kạn", "Bắc Cạn").build().matches("Bắc Cạn", "Bac Kan"); // true
 * }</pre>
 */
package vn.ddci.name;
