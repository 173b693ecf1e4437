// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hvnet.model.HvnetFactory;
import org.hvnet.model.Network;
import org.hvnet.model.NetworkDhcpServer;
import org.hvnet.model.Router;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;

/**
 * The physical networks of an import, one per IPv4 subnet (and VLAN) that the hosts' NICs were on, named after it
 * ({@code "192.168.200.0/24"}, {@code "10.10.0.0/24 vlan 10"}), with the routers the hosts' default routes go to and
 * the DHCP servers that gave them leases.
 */
final class NetworkPlan {

    private final Map<String, Network> networks = new LinkedHashMap<>();

    /** The network of {@code subnet} on {@code vlan} (null: untagged), created on first use. */
    Network network(Ipv4Cidr address, Integer vlan) {
        Ipv4Cidr subnet = address.subnet();
        return networks.computeIfAbsent(name(subnet, vlan), name -> {
            Network network = HvnetFactory.eINSTANCE.createNetwork();
            network.setName(name);
            network.setSubnet(subnet);
            network.setVlan(vlan);
            return network;
        });
    }

    /** The network on {@code vlan} whose subnet holds {@code address}, among {@code candidates}, or null. */
    static Network holding(List<Network> candidates, Ipv4Address address, Integer vlan) {
        return candidates.stream().filter(n -> Objects.equals(n.getVlan(), vlan) && n.getSubnet() != null
                && n.getSubnet().contains(address)).findFirst().orElse(null);
    }

    /** The known network on {@code vlan} whose subnet holds {@code address}, or null. */
    Network holding(Ipv4Address address, Integer vlan) {
        return holding(all(), address, vlan);
    }

    /** Adds {@code router internet} once. */
    static void addInternetRouter(Network network, Ipv4Address address) {
        if (network.getRouters().stream().noneMatch(r -> address.equals(r.getAddress()))) {
            Router router = HvnetFactory.eINSTANCE.createRouter();
            router.setAddress(address);
            router.setInternet(true);
            network.getRouters().add(router);
        }
    }

    /** Adds the DHCP server of a lease once, its range the whole subnet, with the lease's gateway and DNS servers. */
    static void addDhcpServer(Network network, Ipv4Address address, Ipv4Address gateway, List<Ipv4Address> dns) {
        if (network.getDhcpServers().stream().anyMatch(s -> address.equals(s.getAddress()))) {
            return;
        }
        NetworkDhcpServer server = HvnetFactory.eINSTANCE.createNetworkDhcpServer();
        server.setAddress(address);
        Ipv4Cidr subnet = network.getSubnet();
        server.setRangeStart(subnet.network().plus(1));
        server.setRangeEnd(subnet.broadcast().plus(-1));
        server.setGateway(gateway);
        server.getDns().addAll(dns);
        network.getDhcpServers().add(server);
    }

    /** The networks in the order they were found. */
    List<Network> all() {
        return new ArrayList<>(networks.values());
    }

    static String name(Ipv4Cidr subnet, Integer vlan) {
        return subnet + (vlan == null ? "" : " vlan " + vlan);
    }
}
