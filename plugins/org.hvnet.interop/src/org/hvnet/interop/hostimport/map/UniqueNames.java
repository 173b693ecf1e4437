// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Names made unique in one scope the way the reader does it: the second "Lab" is "Lab 2", the third "Lab 3". */
final class UniqueNames {

    private final Set<String> taken = new HashSet<>();

    /** {@code name}, or with the lowest suffix " N" that is still free; names ignore case, as Windows's do. */
    String claim(String name) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + " " + n;
        }
        return candidate;
    }
}
