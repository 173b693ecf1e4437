// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hvnet.model.Binding;

/**
 * The protocol bindings of a NIC as Windows names them ({@code Get-NetAdapterBinding}'s {@code ComponentID}) and as
 * the model names them: {@code ms_msclient} is {@code client}, {@code vms_pp} is {@code vswitch}, and so on.
 */
public final class WindowsBindings {

    /** Components Windows binds that change nothing the rules look at: read without a warning, never written. */
    public static final Set<String> NOT_MODELED = Set.of("ms_lldp", "ms_implat", "ms_ndiscap", "ms_netbios", "ms_netbt",
            "ms_wfplwf", "ms_wfplwf_upper", "ms_wfplwf_lower", "ms_pppoe", "ms_rdma_ndk", "ms_ndisuio", "ms_bridge",
            "vms_pp_ext", "ms_l2bridge", "ms_nativewifip", "ms_vwifi");

    private static final Map<String, Binding> BY_COMPONENT = Map.of("ms_msclient", Binding.CLIENT, "ms_server",
            Binding.FILE_SHARING, "ms_pacer", Binding.QOS, "ms_tcpip", Binding.TCPIP4, "ms_tcpip6", Binding.TCPIP6,
            "ms_lltdio", Binding.LLTD, "ms_rspndr", Binding.LLTD, "vms_pp", Binding.VSWITCH);

    private WindowsBindings() {
    }

    /** The model's binding of a component id, if the model has one. */
    public static Optional<Binding> binding(String componentId) {
        return componentId == null ? Optional.empty()
                : Optional.ofNullable(BY_COMPONENT.get(componentId.toLowerCase(Locale.ROOT)));
    }

    /** The component ids Windows lists for a binding (LLTD is two: the mapper and the responder). */
    public static List<String> components(Binding binding) {
        List<String> components = new ArrayList<>();
        BY_COMPONENT.entrySet().stream().filter(e -> e.getValue() == binding).map(Map.Entry::getKey).sorted()
                .forEach(components::add);
        return components;
    }

    /** Every component id the model knows, in a fixed order. */
    public static List<String> allComponents() {
        return BY_COMPONENT.keySet().stream().sorted().toList();
    }

    /** The display name Windows shows for a component id. */
    public static String displayName(String componentId) {
        return switch (componentId) {
            case "ms_msclient" -> "Client for Microsoft Networks";
            case "ms_server" -> "File and Printer Sharing for Microsoft Networks";
            case "ms_pacer" -> "QoS Packet Scheduler";
            case "ms_tcpip" -> "Internet Protocol Version 4 (TCP/IPv4)";
            case "ms_tcpip6" -> "Internet Protocol Version 6 (TCP/IPv6)";
            case "ms_lltdio" -> "Link-Layer Topology Discovery Mapper I/O Driver";
            case "ms_rspndr" -> "Link-Layer Topology Discovery Responder";
            case "vms_pp" -> "Hyper-V Extensible Virtual Switch";
            default -> componentId;
        };
    }
}
