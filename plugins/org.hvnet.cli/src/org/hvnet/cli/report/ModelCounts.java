// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.report;

import java.util.List;

import org.hvnet.cli.Progress;
import org.hvnet.model.Host;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;

/** What the written model holds, counted: networks, hosts, VMs, interfaces and switches by kind. */
public record ModelCounts(List<String> topologies, int networks, int hosts, int vms, int interfaces, int[] switches) {

    /** Counts the written topologies. */
    public static ModelCounts of(List<Topology> written) {
        int networks = 0;
        int hosts = 0;
        int vms = 0;
        int interfaces = 0;
        int[] switches = new int[SwitchKind.values().length];
        for (Topology topology : written) {
            networks += topology.getNetworks().size();
            for (Host host : topology.getHosts()) {
                hosts++;
                interfaces += host.getNics().size();
                for (VirtualSwitch vswitch : host.getSwitches()) {
                    switches[vswitch.getKind().getValue()]++;
                    interfaces += vswitch.getHostVnics().size();
                }
                for (VirtualMachine vm : host.getVms()) {
                    vms++;
                    interfaces += vm.getNics().size();
                }
            }
        }
        return new ModelCounts(written.stream().map(Topology::getName).toList(), networks, hosts, vms, interfaces, switches);
    }

    /** How many switches of {@code kind}. */
    public int switches(SwitchKind kind) {
        return switches[kind.getValue()];
    }

    /** {@code 2,000 hosts, 40,000 VMs, 92,428 interfaces}: the progress line's counts. */
    public String describe() {
        return Progress.count(hosts, "host") + ", " + Progress.count(vms, "VM") + ", " + Progress.count(interfaces, "interface");
    }
}
