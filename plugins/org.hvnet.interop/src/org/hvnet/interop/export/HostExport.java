// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export;

import java.util.Collection;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.interop.export.inventory.InventoryWriter;
import org.hvnet.interop.export.script.ScriptWriter;
import org.hvnet.model.Host;
import org.hvnet.model.Platform;
import org.hvnet.model.Topology;
import org.hvnet.model.platform.Platforms;

/**
 * {@code hvnet export}: one host of a model as the PowerShell script that makes its virtual network on the real host,
 * or as the JSON inventory such a host would report (the inverse of the import). Both take the host as the simulation
 * sees it: planned installs applied, the host vNICs that the rules imply written out.
 */
public final class HostExport {

    private HostExport() {
    }

    /**
     * The PowerShell script of host {@code hostName} of the {@code written} topologies.
     *
     * @throws IllegalArgumentException when there is no such host, or it is no Hyper-V host with PowerShell's Hyper-V
     *         module (Windows Server 2012 and later, Windows 10 and 11)
     */
    public static ExportResult powerShell(Collection<Topology> written, String hostName, String source) {
        Host host = simulatedHost(SimulatedModel.of(written), hostName);
        if (host.getPlatform() == Platform.HYPERV_2008) {
            throw new IllegalArgumentException("host " + hostName + " is hyperv-2008: Windows Server 2008 and 2008 R2 have no"
                    + " PowerShell module for Hyper-V, so no script can make its network (hyperv-2012 and later can)");
        }
        return new ScriptWriter(host, source).write();
    }

    /**
     * The JSON inventory that host {@code hostName} of the {@code written} topologies would report.
     *
     * @throws IllegalArgumentException when there is no such host, or it runs no Hyper-V
     */
    public static ExportResult inventory(Collection<Topology> written, String hostName) {
        SimulatedModel simulated = SimulatedModel.of(written);
        return new InventoryWriter(simulated, simulatedHost(simulated, hostName)).write();
    }

    /** The names of the hosts an export can take (the Hyper-V hosts), in file order. */
    public static java.util.List<String> hostNames(Collection<Topology> written) {
        return written.stream().flatMap(t -> t.getHosts().stream()).filter(h -> Platforms.isHyperV(h.getPlatform()))
                .map(Host::getName).toList();
    }

    private static Host simulatedHost(SimulatedModel simulated, String hostName) {
        for (Topology topology : simulated.topologies()) {
            for (Host host : topology.getHosts()) {
                if (hostName.equals(host.getName())) {
                    if (!Platforms.isHyperV(host.getPlatform())) {
                        throw new IllegalArgumentException("host " + hostName + " runs " + host.getPlatform().getLiteral()
                                + ", not Hyper-V: only Hyper-V hosts can be exported");
                    }
                    return host;
                }
            }
        }
        throw new IllegalArgumentException("no host " + hostName + " in the model (hosts: "
                + String.join(", ", simulated.topologies().stream().flatMap(t -> t.getHosts().stream()).map(Host::getName).toList()) + ")");
    }
}
