// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.values;

/**
 * A name as .hvnet writes it, for messages, reports and generated text: a plain identifier as is, anything else as a
 * quoted string with backslashes and double quotes escaped, so that the language reads back the same name.
 */
public final class NameText {

    private NameText() {
    }

    /** {@code eth0} stays {@code eth0}; {@code Local Area Connection} becomes {@code "Local Area Connection"}. */
    public static String asWritten(String name) {
        return isIdentifier(name) ? name : quoted(name);
    }

    /** Always a quoted string: {@code "eth0"}, {@code "say \"hi\""}, {@code "C:\\lab"}. */
    public static String quoted(String name) {
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** True for a plain identifier: a letter or underscore, then letters, digits or underscores. */
    public static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
