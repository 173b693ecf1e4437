// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/**
 * An error or a warning found while reading an inventory, naming the file and the place in it.
 *
 * @param severity an error makes the inventory unreadable; a warning names what the model will lack
 * @param file the file (or directory) it concerns
 * @param location a JSON path such as {@code $["Get-VMSwitch"][1].SwitchType}, or {@code LINE:COLUMN} for a JSON
 *        syntax error; null when it concerns the whole file
 * @param source the cmdlet (inventory key) the problem comes from, or null
 * @param item the switch, NIC, VM… concerned, or null
 * @param message what is wrong and what follows from it
 */
public record InventoryProblem(Severity severity, String file, String location, String source, String item,
        String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** The inventory cannot be read: nothing is imported from it. */
        ERROR,
        /** Read on; the model lacks or assumes something. */
        WARNING;

        /** The lower-case word used in messages. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** True for an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE[:LOCATION]: SEVERITY: MESSAGE}, the shape of the command line's diagnostics. */
    @Override
    public String toString() {
        return file + (location == null ? "" : ":" + location) + ": " + severity.label() + ": " + message;
    }
}
