// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Renders the rows of {@code run-end-to-end.sh} ({@code key=value} cells, one size a line) as markdown tables: the
 * phases and {@code hvnet simulate}, then the commands that write a whole model beside {@code hvnet simulate} on the
 * same file. Each table has one growth row per doubling of the size: each time column divided by the one of half the
 * size, marked {@code ✗} above {@value #GROWTH_TARGET}, and the geometric mean per doubling from the first size to
 * the last. Columns no row has are left out (a table without any, too). Usage: {@code EndToEndTable ROWS}.
 */
public final class EndToEndTable {

    /** The largest acceptable time ratio per doubling. */
    public static final double GROWTH_TARGET = 2.3;

    private record Column(String key, String header, boolean time) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("hosts", "hosts", false),
            new Column("vms", "VMs", false),
            new Column("interfaces", "interfaces", false),
            new Column("fileMB", "file MB", false),
            new Column("parseMs", "parse+link ms", true),
            new Column("validateMs", "validate ms", true),
            new Column("installMs", "install ms", true),
            new Column("segmentsMs", "segments+addresses ms", true),
            new Column("reachMs", "reachability summary ms", true),
            new Column("tracesMs", "1,000 traces ms", true),
            new Column("traceMedianUs", "trace median µs", true),
            new Column("simulateS", "`hvnet simulate` s", true),
            new Column("simulateExit", "simulate exit", false),
            new Column("simulateRssMB", "simulate max RSS MiB", false),
            new Column("simulateHeapMB", "simulate peak heap MiB", false),
            new Column("heapMB", "in-process peak heap MiB", false),
            new Column("xmiMs", "XMI load ms", true),
            new Column("load", "load avg", false));

    /** The commands that write a whole model, each with its time as a multiple of {@code hvnet simulate}'s. */
    private static final List<Column> WRITE_COLUMNS = List.of(
            new Column("hosts", "hosts", false),
            new Column("fileMB", "file MB", false),
            new Column("simulateS", "`hvnet simulate` s", true),
            new Column("installS", "`install -o` s", true),
            new Column("installVsSimulate", "× simulate", false),
            new Column("installRssMB", "install max RSS MiB", false),
            new Column("convertS", "`convert --to hvnet` s", true),
            new Column("convertVsSimulate", "× simulate", false),
            new Column("convertRssMB", "convert max RSS MiB", false),
            new Column("formatS", "`format --write` s", true),
            new Column("formatVsSimulate", "× simulate", false),
            new Column("formatRssMB", "format max RSS MiB", false),
            new Column("writeExits", "exits", false),
            new Column("load", "load avg", false));

    private EndToEndTable() {
    }

    /** Prints the tables of the rows file on standard output. */
    public static void main(String[] args) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                rows.add(cells(line));
            }
        }
        print(COLUMNS, rows);
        if (rows.stream().anyMatch(row -> WRITE_COLUMNS.stream().anyMatch(c -> c.time() && !c.key().equals("simulateS") && row.containsKey(c.key())))) {
            System.out.println();
            print(WRITE_COLUMNS, rows);
        }
    }

    private static void print(List<Column> columns, List<Map<String, String>> rows) {
        List<Column> shown = columns.stream().filter(c -> rows.stream().anyMatch(r -> r.containsKey(c.key()))).toList();
        System.out.println(line(shown.stream().map(Column::header).toList()));
        System.out.println(line(shown.stream().map(c -> "---:").toList()));
        for (Map<String, String> row : rows) {
            System.out.println(line(shown.stream().map(c -> format(row.get(c.key()))).toList()));
        }
        for (int i = 1; i < rows.size(); i++) {
            Map<String, String> previous = rows.get(i - 1);
            Map<String, String> row = rows.get(i);
            if (number(row.get("hosts")) != 2 * number(previous.get("hosts"))) {
                continue;
            }
            List<String> growth = new ArrayList<>();
            for (Column column : shown) {
                growth.add(column.key().equals("hosts") ? "×2: " + previous.get("hosts") + "→" + row.get("hosts")
                        : column.time() ? ratio(row.get(column.key()), previous.get(column.key())) : "");
            }
            System.out.println(line(growth));
        }
        printMeanGrowth(shown, rows);
    }

    /** When the sizes span several doublings: the geometric mean ratio per doubling from the first size to the last. */
    private static void printMeanGrowth(List<Column> shown, List<Map<String, String>> rows) {
        if (rows.size() < 3) {
            return;
        }
        Map<String, String> first = rows.get(0);
        Map<String, String> last = rows.get(rows.size() - 1);
        double doublings = Math.log(number(last.get("hosts")) / number(first.get("hosts"))) / Math.log(2);
        if (doublings < 2) {
            return;
        }
        List<String> growth = new ArrayList<>();
        for (Column column : shown) {
            String to = last.get(column.key());
            String from = first.get(column.key());
            if (column.key().equals("hosts")) {
                growth.add("×2 mean: " + from + "→" + to);
            } else if (column.time() && to != null && from != null && isNumber(to) && isNumber(from) && number(from) > 0) {
                growth.add(ratio(String.valueOf(Math.pow(number(to) / number(from), 1 / doublings)), "1"));
            } else {
                growth.add("");
            }
        }
        System.out.println(line(growth));
    }

    private static Map<String, String> cells(String line) {
        Map<String, String> cells = new HashMap<>();
        for (String cell : line.split("\t")) {
            int equals = cell.indexOf('=');
            if (equals > 0) {
                cells.put(cell.substring(0, equals), cell.substring(equals + 1));
            }
        }
        return cells;
    }

    private static String ratio(String value, String previous) {
        if (value == null || previous == null || !isNumber(value) || !isNumber(previous) || number(previous) == 0) {
            return "";
        }
        String ratio = String.format(Locale.ROOT, "%.2f", number(value) / number(previous));
        return ratio + "×" + (number(ratio) > GROWTH_TARGET ? " ✗" : ""); // judged as shown
    }

    private static String format(String value) {
        if (value == null) {
            return "–";
        }
        if (!isNumber(value) || !value.contains(".")) {
            return value;
        }
        double number = number(value);
        return String.format(Locale.ROOT, number >= 100 ? "%.0f" : number >= 10 ? "%.1f" : "%.2f", number);
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }

    private static double number(String value) {
        return Double.parseDouble(value);
    }

    private static String line(List<String> cells) {
        StringJoiner line = new StringJoiner(" | ", "| ", " |");
        cells.forEach(line::add);
        return line.toString();
    }
}
