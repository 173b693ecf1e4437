// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.List;

/**
 * One row of Get-VMSwitch.
 *
 * @param name the switch's name (Hyper-V allows two switches of one name; the reader warns)
 * @param id the switch's GUID, or null
 * @param type private, internal or external
 * @param allowManagementOs for an external switch: whether the host keeps a host vNIC on it (rule S-8)
 * @param embeddedTeaming true for a Switch Embedded Teaming switch (rule X-6)
 * @param netAdapterDescriptions the interface descriptions of the physical NICs behind an external switch
 *        ({@code NetAdapterInterfaceDescriptions}, or {@code NetAdapterInterfaceDescription} before 2016)
 */
public record VmSwitch(String name, String id, SwitchType type, boolean allowManagementOs, boolean embeddedTeaming,
        List<String> netAdapterDescriptions) {

    /** The GUID Windows gives the Default Switch of Windows 10 and 11 on every machine (rule X-2). */
    public static final String DEFAULT_SWITCH_ID = "c08cb7b8-9b3c-408e-8e30-5e16a3aeb444";

    /** Copies the list of NIC descriptions. */
    public VmSwitch {
        netAdapterDescriptions = List.copyOf(netAdapterDescriptions);
    }

    /** True for the Default Switch of a Windows client, told by its well-known GUID, not by its (localized) name. */
    public boolean isDefaultSwitch() {
        return DEFAULT_SWITCH_ID.equalsIgnoreCase(id);
    }
}
