// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.text;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.hvnet.simulation.addresses.InterfaceAddress;

/**
 * The address table as aligned text columns: interface, kind, segment, address, source, server, gateway, and for
 * {@code hvnet addresses} the MAC (rule X-5) and VLAN (rule X-3) of each interface.
 */
public final class AddressTable {

    private AddressTable() {
    }

    /** Prints the table with a header line, without the MAC and VLAN columns (the report of {@code hvnet simulate}). */
    public static void print(PrintStream out, List<InterfaceAddress> rows) {
        print(out, rows, false);
    }

    /** Prints the table with a header line, with the MAC and VLAN columns when {@code withLinkLayer}. */
    public static void print(PrintStream out, List<InterfaceAddress> rows, boolean withLinkLayer) {
        List<String[]> cells = new ArrayList<>();
        cells.add(withLinkLayer ? new String[] { "INTERFACE", "KIND", "SEGMENT", "ADDRESS", "SOURCE", "SERVER", "GATEWAY", "MAC", "VLAN" }
                : new String[] { "INTERFACE", "KIND", "SEGMENT", "ADDRESS", "SOURCE", "SERVER", "GATEWAY" });
        for (InterfaceAddress row : rows) {
            String[] line = { row.label(), row.kind(), dash(row.segment()), dash(row.address()), row.source().label(), dash(row.server()),
                    dash(row.gateway()) };
            cells.add(withLinkLayer ? append(line, dash(row.mac()), row.vlan() == null ? "-" : row.vlan().text()) : line);
        }
        int[] widths = new int[cells.get(0).length];
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

    private static String[] append(String[] line, String... more) {
        String[] longer = java.util.Arrays.copyOf(line, line.length + more.length);
        System.arraycopy(more, 0, longer, line.length, more.length);
        return longer;
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
