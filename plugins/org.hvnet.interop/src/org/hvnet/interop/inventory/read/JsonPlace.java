// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

/**
 * Where a JSON value stands: the file and the JSON path inside it, such as {@code $["Get-VMSwitch"][1].SwitchType}
 * (keys that are no identifiers are quoted; long keys are shortened).
 *
 * @param file the file as the user named it
 * @param path the JSON path, {@code $} for the whole document
 */
record JsonPlace(String file, String path) {

    private static final int LONGEST_KEY = 60;

    /** The whole document of {@code file}. */
    public static JsonPlace root(String file) {
        return new JsonPlace(file, "$");
    }

    /** The value of key {@code name} in the object here. */
    public JsonPlace key(String name) {
        return new JsonPlace(file, path + (isIdentifier(name) ? "." + name : "[" + quoted(name) + "]"));
    }

    /** The element {@code index} (from 0) of the array here. */
    public JsonPlace index(int index) {
        return new JsonPlace(file, path + "[" + index + "]");
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || name.length() > LONGEST_KEY || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
    }

    private static String quoted(String name) {
        String shown = name.length() > LONGEST_KEY ? name.substring(0, LONGEST_KEY) + "…" : name;
        StringBuilder text = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.append('"').toString();
    }
}
