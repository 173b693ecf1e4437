// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.names;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Interface;
import org.hvnet.model.NamedElement;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;

/** The interfaces of an owner in model order: a host's NICs then its host vNICs switch by switch; a VM's NICs. */
public final class InterfaceLookup {

    private InterfaceLookup() {
    }

    /** Every interface of a host or VM; empty for anything else. */
    public static List<Interface> interfacesOf(NamedElement owner) {
        List<Interface> result = new ArrayList<>();
        if (owner instanceof Host host) {
            result.addAll(host.getNics());
            for (VirtualSwitch vswitch : host.getSwitches()) {
                for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                    result.add(vnic);
                }
            }
        } else if (owner instanceof VirtualMachine vm) {
            result.addAll(vm.getNics());
        }
        return result;
    }

    /** The interface of {@code owner} named {@code name}, or null. */
    public static Interface find(NamedElement owner, String name) {
        if (owner == null || name == null) {
            return null;
        }
        for (Interface iface : interfacesOf(owner)) {
            if (name.equals(iface.getName())) {
                return iface;
            }
        }
        return null;
    }
}
