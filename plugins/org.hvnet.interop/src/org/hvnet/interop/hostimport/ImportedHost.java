// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport;

import java.util.List;

/**
 * What the import understood of one host: its name and platform and its virtual switches.
 *
 * @param name the host's name in the model
 * @param platform the platform as written in .hvnet ({@code hyperv-2016}…)
 * @param switches the virtual switches, in the order Windows listed them
 */
public record ImportedHost(String name, String platform, List<ImportedSwitch> switches) {

    /** Copies the list. */
    public ImportedHost {
        switches = List.copyOf(switches);
    }

    /**
     * One virtual switch.
     *
     * @param name its name in the model
     * @param kind {@code external}, {@code internal}, {@code private} or {@code default}
     * @param nics the physical NICs of an external switch (empty otherwise)
     * @param netnat the internal prefix of the WinNAT whose prefix holds the switch's host vNIC address, or null
     */
    public record ImportedSwitch(String name, String kind, List<String> nics, String netnat) {

        /** Copies the list. */
        public ImportedSwitch {
            nics = List.copyOf(nics);
        }
    }
}
