package org.hvnet.cli.text;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.hvnet.simulation.addresses.InterfaceAddress;

/** The address table as aligned text columns: interface, kind, segment, address, source, server, gateway. */
public final class AddressTable {

    private AddressTable() {
    }

    /** Prints the table with a header line. */
    public static void print(PrintStream out, List<InterfaceAddress> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] { "INTERFACE", "KIND", "SEGMENT", "ADDRESS", "SOURCE", "SERVER", "GATEWAY" });
        for (InterfaceAddress row : rows) {
            cells.add(new String[] { row.label(), row.kind(), dash(row.segment()), dash(row.address()), row.source().label(),
                    dash(row.server()), dash(row.gateway()) });
        }
        int[] widths = new int[7];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : cells) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                text.append(i == line.length - 1 ? line[i] : String.format("%-" + (widths[i] + 2) + "s", line[i]));
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
