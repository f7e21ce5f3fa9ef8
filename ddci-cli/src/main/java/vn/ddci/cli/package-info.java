/**
 * The {@code ddci} command line: {@link vn.ddci.cli.Ddci} and its subcommands {@code rank} (xếp
 * hạng) and {@code assess} (đánh giá), for analysts who have result tables as CSV or Excel files.
 */
package vn.ddci.cli;
