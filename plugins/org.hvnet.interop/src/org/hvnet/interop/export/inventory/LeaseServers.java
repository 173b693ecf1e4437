// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.inventory;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.model.Network;
import org.hvnet.model.NetworkDhcpServer;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VmDhcpServer;
import org.hvnet.model.values.Ipv4Address;

/** The address of the DHCP server that leased an address, from the name of its network or VM (rule A-2). */
final class LeaseServers {

    private final SimulatedModel simulated;

    LeaseServers(SimulatedModel simulated) {
        this.simulated = simulated;
    }

    /** The server's address: the network's server whose range holds {@code leased}, or the VM's NIC's address. */
    Ipv4Address of(String server, Ipv4Address leased) {
        if (server == null) {
            return null;
        }
        for (Topology topology : simulated.topologies()) {
            for (Network network : topology.getNetworks()) {
                if (server.equals(network.getName())) {
                    return network.getDhcpServers().stream().filter(s -> inRange(s, leased)).map(NetworkDhcpServer::getAddress)
                            .findFirst().orElse(network.getDhcpServers().isEmpty() ? null : network.getDhcpServers().get(0).getAddress());
                }
            }
            for (var host : topology.getHosts()) {
                for (VirtualMachine vm : host.getVms()) {
                    if (server.equals(vm.getName())) {
                        return vm.getDhcpServers().stream().map(VmDhcpServer::getNic).filter(n -> n != null
                                && n.getIpv4() instanceof StaticIpv4Config).map(n -> ((StaticIpv4Config) n.getIpv4()).getAddress().address())
                                .findFirst().orElse(null);
                    }
                }
            }
        }
        return null;
    }

    private static boolean inRange(NetworkDhcpServer server, Ipv4Address leased) {
        return server.getRangeStart() != null && server.getRangeEnd() != null
                && server.getRangeStart().unsigned() <= leased.unsigned() && leased.unsigned() <= server.getRangeEnd().unsigned();
    }
}
