// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

import java.util.List;

/** One VM NIC as written: its line up to the body, what its body holds, and the port ACLs that make the body long. */
record NicText(String head, String ipv4, List<String> acls) {

    /** True when the NIC fits on one line ({@code nic … { ipv4 … }}), as the formatter keeps a short body. */
    boolean inline() {
        return acls.isEmpty();
    }

    /** Writes the NIC at {@code level}. */
    void write(HvnetText text, int level) {
        if (inline()) {
            text.line(level, head + " { " + ipv4 + " }");
            return;
        }
        text.line(level, head + " {");
        text.line(level + 1, ipv4);
        acls.forEach(acl -> text.line(level + 1, acl));
        text.line(level, "}");
    }

    /** The NIC on one line, for a VM with this NIC only. */
    String oneLine() {
        return head + " { " + ipv4 + " }";
    }
}
