// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.List;
import java.util.stream.Collectors;

import org.hvnet.model.Binding;

/** The compact text of a NIC's protocol bindings, e.g. {@code cli·fs·qos·v4·v6} or {@code vswitch}. */
public final class BindingBadge {

    /** The Windows default set, used when a NIC has no {@code bind} line (DSL.md). */
    public static final List<Binding> DEFAULT = List.of(Binding.CLIENT, Binding.FILE_SHARING, Binding.QOS, Binding.TCPIP4,
            Binding.TCPIP6);

    private BindingBadge() {
    }

    /** The badge text of {@code bindings} (empty = the default set). */
    public static String of(List<Binding> bindings) {
        List<Binding> effective = bindings.isEmpty() ? DEFAULT : bindings;
        return effective.stream().map(BindingBadge::shortName).collect(Collectors.joining("\u00b7"));
    }

    private static String shortName(Binding binding) {
        return switch (binding) {
            case CLIENT -> "cli";
            case FILE_SHARING -> "fs";
            case QOS -> "qos";
            case TCPIP4 -> "v4";
            case TCPIP6 -> "v6";
            case LLTD -> "lltd";
            case VSWITCH -> "vswitch";
            case VMNS -> "vmns";
        };
    }
}
