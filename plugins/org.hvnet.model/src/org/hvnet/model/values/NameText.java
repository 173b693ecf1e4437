package org.hvnet.model.values;

/** A name as .hvnet writes it in messages and reports: a plain identifier as is, anything else in double quotes. */
public final class NameText {

    private NameText() {
    }

    /** {@code eth0} stays {@code eth0}; {@code Local Area Connection} becomes {@code "Local Area Connection"}. */
    public static String asWritten(String name) {
        return isIdentifier(name) ? name : "\"" + name + "\"";
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
