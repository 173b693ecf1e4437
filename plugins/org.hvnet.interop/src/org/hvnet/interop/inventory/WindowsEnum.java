// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.Locale;

/**
 * An enumeration as Windows defines it: {@code ConvertTo-Json} writes its number (both Windows PowerShell 5.1 and
 * PowerShell 7), and its name with {@code -EnumsAsStrings}; the reader takes either.
 */
public interface WindowsEnum {

    /** The number Windows gives this value. */
    int number();

    /** The Java constant's name (every enum has it). */
    String name();

    /** The name PowerShell prints for this value ({@code WELL_KNOWN} is {@code WellKnown}). */
    default String windowsName() {
        StringBuilder text = new StringBuilder();
        for (String word : name().split("_")) {
            text.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }
}
