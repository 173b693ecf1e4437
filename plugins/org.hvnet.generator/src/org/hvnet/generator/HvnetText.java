package org.hvnet.generator;

import java.util.regex.Pattern;

/** Writes .hvnet text: indented lines, and names quoted when they are not plain identifiers. */
final class HvnetText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

    private final StringBuilder text = new StringBuilder(1 << 16);

    /** Appends one line at the given indentation level (four spaces each). */
    HvnetText line(int level, String content) {
        text.append("    ".repeat(level)).append(content).append('\n');
        return this;
    }

    /** Appends an empty line. */
    HvnetText blank() {
        text.append('\n');
        return this;
    }

    /** A name as the language writes it: plain, or in double quotes. */
    static String name(String name) {
        return PLAIN.matcher(name).matches() ? name : '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The six-group MAC of host {@code host}, adapter {@code adapter}, in Hyper-V's 00-15-5D range. */
    static String mac(int host, int adapter) {
        return String.format("00-15-5D-%02X-%02X-%02X", (host >> 8) & 0xFF, host & 0xFF, adapter & 0xFF);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
