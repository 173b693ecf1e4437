// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.List;

/** Something an install creates (rule I-5): a host vNIC or an external switch. */
public sealed interface CreatedElement permits CreatedElement.HostVnic, CreatedElement.Switch {

    /** {@code host-vnic} or {@code switch}. */
    String kind();

    /** The name of the new element. */
    String name();

    /** The new host vNIC V of rule I-2: its name, copied bindings (DSL keywords) and IPv4 setting ({@code dhcp} or {@code static ...}). */
    record HostVnic(String name, String switchName, List<String> bindings, String ipv4) implements CreatedElement {
        @Override
        public String kind() {
            return "host-vnic";
        }
    }

    /** The external switch of rule I-2, bound to physical NIC {@code nic}. */
    record Switch(String name, String type, String nic) implements CreatedElement {
        @Override
        public String kind() {
            return "switch";
        }
    }
}
