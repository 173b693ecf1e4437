// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hvnet.interop.hostimport.ImportedHost;
import org.hvnet.interop.inventory.Inventory;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.NetNat;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.values.Ipv4Address;

/**
 * Maps the inventories of one or more hosts into one topology in two passes: first every host's NICs are placed on
 * the physical networks (so that NICs of several hosts on one subnet share one network), then each host is built,
 * and the addresses the hosts observed are appended as expectations.
 */
public final class TopologyAssembler {

    private final String topologyName;
    private final List<HostMapping> mappings = new ArrayList<>();
    private final ImportWarnings warnings = new ImportWarnings();
    private final UniqueNames hostNames = new UniqueNames();
    private Topology topology;
    private final List<ImportedHost> hosts = new ArrayList<>();

    /** An assembler of a topology called {@code topologyName}; null: the host's name, or "Estate" for several hosts. */
    public TopologyAssembler(String topologyName) {
        this.topologyName = topologyName;
    }

    /** Adds one host's inventory. */
    public void add(Inventory inventory) {
        String name = hostNames.claim(inventory.hostName());
        if (!name.equals(inventory.hostName())) {
            warnings.warn(inventory.source(), InventoryKey.GET_COMPUTER_INFO, inventory.hostName(), "another inventory of the"
                    + " import is of host '" + inventory.hostName() + "' too: this one is named '" + name + "' in the model");
        }
        mappings.add(new HostMapping(inventory, name, warnings));
    }

    /** Maps every inventory added. */
    public void assemble() {
        NetworkPlan plan = new NetworkPlan();
        mappings.forEach(mapping -> mapping.placeOnNetworks(plan));
        Set<Ipv4Address> hostAddresses = new HashSet<>();
        mappings.forEach(mapping -> hostAddresses.addAll(mapping.ownAddresses()));
        mappings.forEach(mapping -> mapping.addRoutersAndServers(plan, hostAddresses));
        topology = HvnetFactory.eINSTANCE.createTopology();
        topology.setName(topologyName != null ? topologyName : mappings.size() == 1 ? mappings.get(0).name : "Estate");
        AddressExpectations expectations = new AddressExpectations();
        UniqueNames vmNames = new UniqueNames();
        mappings.forEach(mapping -> vmNames.claim(mapping.name));
        for (HostMapping mapping : mappings) {
            Host host = HostBuilder.build(mapping, plan, vmNames, expectations);
            topology.getHosts().add(host);
            hosts.add(summary(host));
        }
        topology.getNetworks().addAll(plan.all());
        topology.getExpectations().addAll(expectations.all());
    }

    /** The topology (after {@link #assemble()}). */
    public Topology topology() {
        return topology;
    }

    /** The summaries of the hosts (after {@link #assemble()}). */
    public List<ImportedHost> hosts() {
        return hosts;
    }

    /** The warnings of the mapping. */
    public List<org.hvnet.interop.inventory.InventoryProblem> warnings() {
        return warnings.list();
    }

    private static ImportedHost summary(Host host) {
        List<ImportedHost.ImportedSwitch> switches = new ArrayList<>();
        for (VirtualSwitch vswitch : host.getSwitches()) {
            switches.add(new ImportedHost.ImportedSwitch(vswitch.getName(), vswitch.getKind().getLiteral(),
                    vswitch.getExternalNics().stream().map(nic -> nic.getName()).toList(), natOf(vswitch, host)));
        }
        return new ImportedHost(host.getName(), host.getPlatform().getLiteral(), switches);
    }

    /** The prefix of the NetNat that holds a static address of the switch's host vNICs, or null. */
    private static String natOf(VirtualSwitch vswitch, Host host) {
        for (HostVirtualNic vnic : vswitch.getHostVnics()) {
            if (vnic.getIpv4() instanceof StaticIpv4Config config && config.getAddress() != null) {
                for (NetNat nat : host.getNetNats()) {
                    if (nat.getInternalPrefix() != null && nat.getInternalPrefix().contains(config.getAddress().address())) {
                        return nat.getInternalPrefix().toString();
                    }
                }
            }
        }
        return null;
    }
}
