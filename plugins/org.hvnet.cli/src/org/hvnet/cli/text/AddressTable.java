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
        StringBuilder text = new StringBuilder();
        for (String[] line : cells) {
            text.setLength(0);
            for (int i = 0; i < line.length; i++) {
                text.append(line[i]);
                if (i < line.length - 1) {
                    for (int pad = line[i].length(); pad < widths[i] + 2; pad++) {
                        text.append(' ');
                    }
                }
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
