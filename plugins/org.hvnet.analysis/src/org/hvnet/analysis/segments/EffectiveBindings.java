// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.segments;

import java.util.List;

import org.hvnet.model.Binding;
import org.hvnet.model.Interface;

/** The bindings an interface really has: as written, or the Windows default set when none is written. */
public final class EffectiveBindings {

    /** Client, file-sharing, QoS, TCP/IPv4, TCP/IPv6: what Windows binds to a new connection. */
    public static final List<Binding> WINDOWS_DEFAULT = List.of(Binding.CLIENT, Binding.FILE_SHARING, Binding.QOS,
            Binding.TCPIP4, Binding.TCPIP6);

    private EffectiveBindings() {
    }

    /** The bindings of {@code iface} in order; the default set when none is written. */
    public static List<Binding> of(Interface iface) {
        return iface.getBindings().isEmpty() ? WINDOWS_DEFAULT : List.copyOf(iface.getBindings());
    }

    /** True when TCP/IPv4 is bound, so that the interface can have an IPv4 address (rule A-5). */
    public static boolean hasTcpip4(Interface iface) {
        return iface.getBindings().isEmpty() || iface.getBindings().contains(Binding.TCPIP4);
    }
}
