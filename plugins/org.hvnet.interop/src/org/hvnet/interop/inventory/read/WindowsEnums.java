// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hvnet.interop.inventory.WindowsEnum;

import com.google.gson.JsonElement;

/** Decodes a {@link WindowsEnum} the way ConvertTo-Json writes it: a number, a numeric text, or the name. */
final class WindowsEnums {

    private WindowsEnums() {
    }

    /** The constant {@code value} stands for: a number, or a name that matches ignoring case and punctuation. */
    static <E extends Enum<E> & WindowsEnum> Optional<E> decode(Class<E> type, JsonElement value) {
        if (!value.isJsonPrimitive()) {
            return Optional.empty();
        }
        Long number = JsonRow.wholeNumber(value);
        if (number != null) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> c.number() == number).findFirst();
        }
        String wanted = letters(value.getAsString());
        return Arrays.stream(type.getEnumConstants()).filter(c -> letters(c.name()).equals(wanted)).findFirst();
    }

    /** The values Windows writes for {@code type}, e.g. {@code 0 Private, 1 Internal, 2 External} (the first 8). */
    static <E extends Enum<E> & WindowsEnum> String describe(Class<E> type) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants).limit(8).map(c -> c.number() + " " + c.windowsName())
                .collect(Collectors.joining(", ")) + (constants.length > 8 ? ", …" : "");
    }

    private static String letters(String text) {
        StringBuilder kept = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                kept.append(Character.toLowerCase(c));
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }
}
