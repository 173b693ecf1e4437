package org.hvnet.interop.inventory.read;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names met so far among one kind of thing (switches, VMs, NICs…), ignoring case as Windows does; a name met
 * again is warned about at its row.
 */
final class NameSet {

    private final String kind;
    private final Set<String> seen = new HashSet<>();

    /** A set for things called {@code kind} in messages, e.g. "switches". */
    NameSet(String kind) {
        this.kind = kind;
    }

    /** Records {@code name} from {@code row}; warns when it was met before. */
    void add(String name, JsonRow row, String consequence) {
        if (!seen.add(name.toLowerCase(Locale.ROOT))) {
            row.warn("Name", "two " + kind + " are named \"" + name + "\"; " + consequence);
        }
    }
}
