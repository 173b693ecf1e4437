// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.analysis.names.ElementNames;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Platform;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.model.util.HvnetSwitch;

/**
 * How messages name elements: as they are written in .hvnet ({@code HV01."Local Area Connection"},
 * {@code Web01.eth0}), with the kind of element in front where it helps ({@code host vNIC}, {@code switch}).
 */
public final class Labels {

    /** The kind of element in words, by the model's own type dispatch; an element of another kind by its class name. */
    private static final HvnetSwitch<String> KIND = new HvnetSwitch<>() {
        @Override
        public String caseNetwork(Network object) {
            return "network";
        }

        @Override
        public String caseHost(Host object) {
            return "host";
        }

        @Override
        public String caseVirtualMachine(VirtualMachine object) {
            return "VM";
        }

        @Override
        public String caseVirtualSwitch(VirtualSwitch object) {
            return "switch";
        }

        @Override
        public String casePhysicalNic(PhysicalNic object) {
            return "physical NIC";
        }

        @Override
        public String caseHostVirtualNic(HostVirtualNic object) {
            return "host vNIC";
        }

        @Override
        public String caseVmNic(VmNic object) {
            return "VM NIC";
        }

        @Override
        public String defaultCase(EObject object) {
            return object.eClass().getName();
        }
    };

    private Labels() {
    }

    /** The element's name path, owner first, names with spaces quoted; a host vNIC is named by its host. */
    public static String of(EObject element) {
        return ElementNames.asWritten(element);
    }

    /** The kind and name path: {@code switch HV01.Lab}, {@code VM NIC Web01.eth0}. */
    public static String withKind(EObject element) {
        return kind(element) + " " + of(element);
    }

    /** A name as written in .hvnet: quoted when it is not an identifier. */
    public static String name(String name) {
        return ElementNames.asWritten(name);
    }

    /** The kind of element in words. */
    public static String kind(EObject element) {
        return element == null ? "element" : KIND.doSwitch(element);
    }

    /** The product name of a platform. */
    public static String platform(Platform platform) {
        if (platform == null) {
            return "this platform";
        }
        return switch (platform) {
            case VIRTUAL_PC -> "Virtual PC";
            case VIRTUAL_SERVER -> "Virtual Server";
            case HYPERV_2008 -> "Hyper-V on Windows Server 2008";
            case HYPERV_2012_PLUS -> "Hyper-V on Windows Server 2012 and later";
            case HYPERV_2016_PLUS -> "Hyper-V on Windows Server 2016 and later";
            case HYPERV_CLIENT -> "Hyper-V on Windows 10 and 11";
        };
    }
}
