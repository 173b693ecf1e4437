// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.Optional;

/**
 * Recognizes files that are not JSON but that a Windows administrator may well pass for an inventory: Export-Clixml
 * output, other XML, Export-Csv output, PowerShell's table or list text, an {@code .hvnet} file. Each gets a message
 * that says what it is and what to run instead.
 */
final class ForeignFormat {

    private static final String RUN_COLLECTOR = "run the HVNet collector (Get-HvnetInventory.ps1) on the host, or"
            + " pipe the cmdlet's output to ConvertTo-Json";

    private ForeignFormat() {
    }

    /** What {@code text} is, when it is recognizably something other than JSON. */
    static Optional<String> describe(String text) {
        String start = text.stripLeading();
        String firstLine = start.lines().findFirst().orElse("");
        if (start.startsWith("<")) {
            if (start.contains("schemas.microsoft.com/powershell/2004/04") || start.startsWith("<Objs")) {
                return Optional.of("this is a CLIXML file (Export-Clixml output), not JSON: " + RUN_COLLECTOR);
            }
            return Optional.of("this is XML, not JSON: " + RUN_COLLECTOR);
        }
        if (firstLine.startsWith("#TYPE ")) {
            return Optional.of("this is Export-Csv output, not JSON: " + RUN_COLLECTOR);
        }
        if (firstLine.startsWith("topology ") || firstLine.startsWith("//")) {
            return Optional.of("this looks like an .hvnet model, not an inventory: an inventory is the JSON that the"
                    + " collector writes on a host");
        }
        String secondLine = start.lines().skip(1).findFirst().orElse("").strip();
        if (!secondLine.isEmpty() && secondLine.chars().allMatch(c -> c == '-' || c == ' ')) {
            return Optional.of("this is PowerShell's table output (Format-Table), not JSON: " + RUN_COLLECTOR);
        }
        if (firstLine.matches("[A-Za-z][A-Za-z0-9]*\\s+: .*")) {
            return Optional.of("this is PowerShell's list output (Format-List), not JSON: " + RUN_COLLECTOR);
        }
        return Optional.empty();
    }
}
