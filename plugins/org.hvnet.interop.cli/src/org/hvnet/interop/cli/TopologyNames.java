// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.cli;

import java.nio.file.Path;

/** The name of an imported topology: the output file's name without {@code .hvnet}, or chosen by the import. */
final class TopologyNames {

    private TopologyNames() {
    }

    /** The name for the output file {@code output}, or null (the import names it) when there is none. */
    static String of(String output) {
        if (output == null || output.equals("-")) {
            return null;
        }
        String name = String.valueOf(Path.of(output).getFileName());
        return name.endsWith(".hvnet") ? name.substring(0, name.length() - ".hvnet".length()) : name;
    }
}
