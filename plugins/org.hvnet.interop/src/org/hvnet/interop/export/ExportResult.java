// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export;

import java.util.List;

/**
 * What an export wrote: the text (a PowerShell script or a JSON inventory) and what the model has that the output
 * cannot carry, one warning each.
 *
 * @param text the script or inventory, ending with a newline
 * @param warnings what is left out, each naming the element
 */
public record ExportResult(String text, List<String> warnings) {

    /** Copies the warnings. */
    public ExportResult {
        warnings = List.copyOf(warnings);
    }
}
