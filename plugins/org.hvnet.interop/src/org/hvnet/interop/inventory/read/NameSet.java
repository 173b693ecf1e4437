// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names met so far among the rows of one kind (switches, VMs, NICs…), ignoring case as Windows does: a row
 * without a name is warned about and skipped, a name met again is warned about at its row.
 */
final class NameSet {

    private final String one;
    private final String many;
    private final String consequence;
    private final Set<String> seen = new HashSet<>();

    /** Names of {@code one} ("a switch") among {@code many} ("switches"); {@code consequence} of a repeated one. */
    NameSet(String one, String many, String consequence) {
        this.one = one;
        this.many = many;
        this.consequence = consequence;
    }

    /** The row's Name; null (warned: skip the row) when it has none. */
    String nameOf(JsonRow row) {
        String name = row.name(one);
        if (name != null && !seen.add(name.toLowerCase(Locale.ROOT))) {
            row.warn("Name", "two " + many + " are named \"" + name + "\"; " + consequence);
        }
        return name;
    }
}
