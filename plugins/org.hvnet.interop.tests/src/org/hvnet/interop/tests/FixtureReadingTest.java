// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.hvnet.interop.tests.Inventories.inventory;
import static org.hvnet.interop.tests.Inventories.messages;
import static org.hvnet.interop.tests.Inventories.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.hvnet.interop.inventory.AddressStore;
import org.hvnet.interop.inventory.AdapterConfiguration;
import org.hvnet.interop.inventory.Inventory;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.InventoryReading;
import org.hvnet.interop.inventory.IpAddress;
import org.hvnet.interop.inventory.NatProtocol;
import org.hvnet.interop.inventory.PrefixOrigin;
import org.hvnet.interop.inventory.ProductType;
import org.hvnet.interop.inventory.Route;
import org.hvnet.interop.inventory.SwitchType;
import org.hvnet.interop.inventory.VlanMode;
import org.hvnet.interop.inventory.VmNetworkAdapter;
import org.hvnet.interop.inventory.VmState;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;
import org.junit.jupiter.api.Test;

/** What each fixture inventory reads as: one test per host, with the facts a later import maps. */
class FixtureReadingTest {

    @Test
    void windowsServer2008R2HasOnlyWin32Classes() {
        InventoryReading reading = read("2008r2-win32-only");
        Inventory inventory = reading.inventory();
        assertEquals("HV2008", inventory.hostName());
        assertEquals(7601, inventory.os().build());
        assertEquals("Microsoft Windows Server 2008 R2 Enterprise", inventory.os().caption(), "trailing space trimmed");
        assertEquals(ProductType.SERVER, inventory.os().productType());
        assertEquals(InventoryKey.WIN32_OPERATING_SYSTEM, inventory.os().key());
        assertEquals(5, inventory.adapterConfigurations().size());
        AdapterConfiguration lease = configuration(inventory, "Microsoft Virtual Network Switch Adapter");
        assertEquals(Ipv4Address.valueOf("192.168.20.1"), lease.dhcpServer());
        assertEquals(List.of(Ipv4Cidr.valueOf("192.168.20.57/24")), lease.addresses(), "IPv6 entries passed over");
        assertEquals(MacAddress.valueOf("00-15-5D-14-39-00"), lease.macAddress(), "colon MACs of WMI");
        AdapterConfiguration apipa = configuration(inventory, "Microsoft Virtual Network Switch Adapter #2");
        assertNull(apipa.dhcpServer(), "255.255.255.255 means no lease");
        assertEquals(List.of(Ipv4Cidr.valueOf("169.254.112.9/16")), apipa.addresses());
        assertTrue(inventory.switches().isEmpty() && inventory.adapters().isEmpty());
        String text = messages(reading);
        assertTrue(text.contains("Windows Server 2008 R2 has none of these cmdlets"), text);
        assertTrue(text.contains("Hyper-V of Windows Server 2008 and 2008 R2 has no PowerShell cmdlets"), text);
        assertEquals(3, reading.warnings().size(), text);
    }

    @Test
    void windowsServer2012R2ExternalSwitchAndHostVnic() {
        InventoryReading reading = read("2012r2-external-host-vnic.json");
        assertTrue(reading.problems().isEmpty(), messages(reading));
        Inventory inventory = reading.inventory();
        assertEquals(9600, inventory.os().build());
        assertEquals(List.of("Intel(R) Ethernet Server Adapter I350 Gigabit Network Connection"),
                inventory.switches().get(0).netAdapterDescriptions(), "the singular property before 2016");
        assertEquals(SwitchType.EXTERNAL, inventory.switches().get(0).type());
        VmNetworkAdapter hostVnic = inventory.vmNetworkAdapters().get(0);
        assertTrue(hostVnic.managementOs());
        assertNull(hostVnic.vmName());
        assertEquals(inventory.adapters().get(2).deviceId(), hostVnic.deviceId(), "host vNIC matched by device id");
        assertEquals(inventory.adapters().get(2).macAddress(), hostVnic.macAddress(), "and by MAC");
        assertEquals("vEthernet (Corp)", inventory.adapters().get(2).name());
        IpAddress address = only(inventory.ipAddresses(), "vEthernet (Corp)");
        assertEquals(PrefixOrigin.MANUAL, address.prefixOrigin());
        assertEquals(Set.of(AddressStore.ACTIVE_STORE, AddressStore.PERSISTENT_STORE), address.stores(),
                "ActiveStore and PersistentStore rows are one address");
        assertEquals(PrefixOrigin.WELL_KNOWN, only(inventory.ipAddresses(), "Ethernet 2").prefixOrigin(), "APIPA");
        assertEquals(2, inventory.ipAddresses().size(), "IPv6 link-local and loopback are passed over");
        assertEquals(Ipv4Address.valueOf("10.20.0.1"), defaultRoute(inventory).nextHop());
        assertEquals(1, inventory.routes().stream().filter(Route::isDefault).count(), "two stores, one route");
        assertEquals(List.of(Ipv4Address.valueOf("10.20.0.5"), Ipv4Address.valueOf("10.20.0.6")),
                inventory.dnsServers().get(0).servers());
        VmNetworkAdapter app02 = inventory.vmNetworkAdapters().get(2);
        assertNull(app02.macAddress(), "000000000000: a dynamic MAC not given yet");
        assertEquals(VmState.OFF, inventory.vms().get(1).state());
        assertTrue(inventory.bindings().stream().filter(b -> b.adapterName().equals("Ethernet") && b.enabled())
                .allMatch(b -> b.componentId().equals("vms_pp")), "the switch's NIC is bound to vms_pp only");
        assertNull(inventory.adapters().get(3).macAddress(), "a hidden WAN miniport without a MAC");
        assertTrue(inventory.adapters().get(3).hidden());
    }

    @Test
    void windowsServer2016NatSwitch() {
        InventoryReading reading = read("2016-nat-switch.json");
        assertTrue(reading.problems().isEmpty(), messages(reading));
        Inventory inventory = reading.inventory();
        assertEquals(SwitchType.INTERNAL, inventory.switches().get(0).type());
        assertEquals(Ipv4Cidr.valueOf("192.168.100.0/24"), inventory.nats().get(0).internalPrefix());
        assertEquals(2, inventory.staticMappings().size());
        assertEquals(NatProtocol.TCP, inventory.staticMappings().get(0).protocol());
        assertEquals(8080, inventory.staticMappings().get(0).externalPort());
        assertEquals(80, inventory.staticMappings().get(0).internalPort());
        assertEquals(NatProtocol.UDP, inventory.staticMappings().get(1).protocol());
        assertEquals(PrefixOrigin.DHCP, only(inventory.ipAddresses(), "Ethernet").prefixOrigin());
        assertEquals(Ipv4Address.valueOf("172.16.5.1"), inventory.adapterConfigurations().get(0).dhcpServer());
        assertEquals(List.of(Ipv4Address.valueOf("192.168.100.10")), inventory.vmNetworkAdapters().get(1).ipAddresses());
        assertEquals(VmState.RUNNING, inventory.vms().get(0).state());
        assertTrue(inventory.vms().get(0).state().isRunning());
        assertEquals(MacAddress.valueOf("00-15-5D-64-01-00"), inventory.vmHost().macAddressMinimum());
    }

    @Test
    void windowsServer2019SetAndVlansFromADirectoryOfHandDumps() {
        InventoryReading reading = read("2019-set-vlans");
        Inventory inventory = reading.inventory();
        assertEquals("HV19-SET", inventory.hostName(), "UTF-8 with a byte-order mark, a bare object");
        assertEquals(1, inventory.switches().size(), "UTF-16LE, a bare object where an array is expected");
        assertTrue(inventory.switches().get(0).embeddedTeaming());
        assertEquals(List.of("Mellanox ConnectX-4 Lx Ethernet Adapter", "Mellanox ConnectX-4 Lx Ethernet Adapter #2"),
                inventory.switches().get(0).netAdapterDescriptions(), "not \"Teamed-Interface\"");
        assertEquals(VlanMode.ACCESS, nic(inventory, null, "Management").vlan().mode(),
                "the row of Get-VMNetworkAdapterVlan wins over the nested (untagged) VlanSetting");
        assertEquals(10, nic(inventory, null, "Management").vlan().accessVlanId());
        assertEquals(20, nic(inventory, null, "LiveMigration").vlan().accessVlanId());
        assertEquals(30, nic(inventory, "SQL01", "Network Adapter").vlan().accessVlanId());
        VmNetworkAdapter trunk = nic(inventory, "TRUNK-RTR", "Trunk");
        assertEquals(VlanMode.TRUNK, trunk.vlan().mode());
        assertEquals(30, trunk.vlan().nativeVlanId());
        assertEquals(List.of(30, 40, 41, 42), trunk.vlan().allowedVlanIds());
        assertEquals(VmState.RUNNING, inventory.vms().get(0).state(), "a state written as its name");
        assertEquals(PrefixOrigin.MANUAL, inventory.ipAddresses().get(0).prefixOrigin(), "enums written as names");
        assertEquals(2, inventory.ipAddresses().size(), "two stores, one address each");
        assertTrue(inventory.vmNetworkAdapters().stream().allMatch(n -> n.acls().isEmpty()),
                "an empty Get-VMNetworkAdapterAcl.json: no ACL");
        assertTrue(inventory.keys().contains(InventoryKey.GET_VM_NETWORK_ADAPTER_ACL));
        String text = messages(reading);
        assertTrue(text.contains("Get-VMSwitchTeam.json\" is not a file HVNet reads"), text);
        assertTrue(text.contains("Get-DnsClientServerAddress is missing"), text);
        assertFalse(text.contains("cut"), "nested values the per-NIC rows replace are not warned about: " + text);
        assertEquals(4, reading.warnings().size(), text);
    }

    @Test
    void windowsServer2022ClusterNodeWithSeveralHostVnics() {
        InventoryReading reading = read("2022-cluster-node.json");
        Inventory inventory = reading.inventory();
        assertEquals(20348, inventory.os().build());
        List<VmNetworkAdapter> hostVnics = inventory.vmNetworkAdapters().stream().filter(VmNetworkAdapter::managementOs)
                .toList();
        assertEquals(List.of("Management", "Cluster", "LiveMigration", "Storage1", "Storage2"),
                hostVnics.stream().map(VmNetworkAdapter::name).toList());
        assertEquals(List.of(100, 101, 102, 103, 104), hostVnics.stream().map(n -> n.vlan().accessVlanId()).toList());
        assertEquals(5, inventory.ipAddresses().size(), "ten rows in two stores, IPv6 apart");
        assertEquals(List.of("vEthernet (Management)", "vEthernet (Cluster)", "vEthernet (LiveMigration)",
                "vEthernet (Storage1)", "vEthernet (Storage2)"),
                inventory.ipAddresses().stream().map(IpAddress::interfaceAlias).toList());
        assertNull(nic(inventory, "TEMPLATE", "Network Adapter").macAddress());
        assertEquals(VmState.OFF, inventory.vms().get(3).state());
        assertEquals(1, reading.warnings().size(), messages(reading));
        assertTrue(messages(reading).contains("1 IPv6 addresses are not modeled (2001:db8:100::31)"),
                messages(reading));
    }

    @Test
    void windows11LaptopWithTheDefaultSwitch() {
        InventoryReading reading = read("win11-default-switch.json");
        Inventory inventory = reading.inventory();
        assertEquals(22631, inventory.os().build(), "UTF-16LE with a byte-order mark");
        assertEquals(ProductType.WORK_STATION, inventory.os().productType());
        assertEquals("Microsoft Windows 11 Pro", inventory.os().caption(), "OsName, not WindowsProductName");
        assertTrue(inventory.switches().get(0).isDefaultSwitch());
        assertFalse(inventory.switches().get(1).isDefaultSwitch());
        assertEquals(Ipv4Cidr.valueOf("172.27.48.1/20"), only(inventory.ipAddresses(), "vEthernet (Default Switch)")
                .address());
        assertEquals("Kim's sandbox", inventory.vms().get(1).name(), "\\u0027 of Windows PowerShell 5.1");
        assertEquals(Ipv4Address.valueOf("192.168.1.1"), inventory.adapterConfigurations().get(0).dhcpServer());
        assertEquals(1, reading.warnings().size(), messages(reading));
    }

    @Test
    void aclsAndGuardsWrittenAsNames() {
        Inventory inventory = inventory("acls-and-guards.json");
        assertEquals(ProductType.SERVER, inventory.os().productType(), "\"Server\"");
        assertEquals(SwitchType.PRIVATE, inventory.switches().get(1).type(), "\"Private\"");
        VmNetworkAdapter wan = nic(inventory, "ROUTER01", "WAN");
        assertEquals(org.hvnet.interop.inventory.OnOffState.ON, wan.macAddressSpoofing());
        assertEquals(org.hvnet.interop.inventory.OnOffState.OFF, wan.routerGuard());
        assertEquals(org.hvnet.interop.inventory.OnOffState.OFF, nic(inventory, "DHCP01", "Network Adapter").dhcpGuard());
        VmNetworkAdapter web = nic(inventory, "WEB01", "Network Adapter");
        assertEquals(4, web.acls().size(), "the per-NIC rows win over the nested AclList: " + web.acls());
        assertEquals(org.hvnet.interop.inventory.AclDirection.BOTH, web.acls().get(0).direction(),
                "a Deny listed inbound and outbound is one rule for both");
        assertEquals(Ipv4Cidr.valueOf("10.0.0.0/8"), web.acls().get(0).remoteIpv4());
        assertEquals(org.hvnet.interop.inventory.AclAction.METER, web.acls().get(2).action());
        assertNull(web.acls().get(3).remoteIpv4(), "a MAC rule has no IPv4 prefix");
        assertEquals(Ipv4Cidr.valueOf("0.0.0.0/0"), nic(inventory, "DHCP01", "Network Adapter").acls().get(0).remoteIpv4());
        assertEquals(1, nic(inventory, null, "Edge").acls().size(), "the host vNIC's rule, joined");
    }

    @Test
    void threeHostsOnTwoLans() {
        Inventory a = inventory("estate/HV-A.json");
        Inventory b = inventory("estate/HV-B.json");
        Inventory c = inventory("estate/HV-C");
        assertEquals(List.of("HV-A", "HV-B", "HV-C"), List.of(a.hostName(), b.hostName(), c.hostName()));
        assertEquals(Set.of("10.1.0.0/24"), subnets(a));
        assertEquals(Set.of("10.1.0.0/24", "10.2.0.0/24"), subnets(b));
        assertEquals(Set.of("10.2.0.0/24"), subnets(c));
        assertEquals(PrefixOrigin.DHCP, c.ipAddresses().get(0).prefixOrigin());
        assertEquals(Ipv4Address.valueOf("10.2.0.1"), c.adapterConfigurations().get(0).dhcpServer());
        assertEquals(List.of(17763, 20348, 14393), List.of(b.os().build(), a.os().build(), c.os().build()));
    }

    private static Set<String> subnets(Inventory inventory) {
        return Set.copyOf(inventory.ipAddresses().stream().map(a -> a.address().subnet().toString()).toList());
    }

    static VmNetworkAdapter nic(Inventory inventory, String vm, String name) {
        return inventory.vmNetworkAdapters().stream()
                .filter(n -> java.util.Objects.equals(vm, n.vmName()) && n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no NIC " + name + " of " + vm));
    }

    private static IpAddress only(List<IpAddress> addresses, String alias) {
        List<IpAddress> found = addresses.stream().filter(a -> alias.equals(a.interfaceAlias())).toList();
        assertEquals(1, found.size(), () -> alias + ": " + found);
        return found.get(0);
    }

    private static AdapterConfiguration configuration(Inventory inventory, String description) {
        return inventory.adapterConfigurations().stream().filter(c -> description.equals(c.description())).findFirst()
                .orElseThrow();
    }

    private static Route defaultRoute(Inventory inventory) {
        return inventory.routes().stream().filter(Route::isDefault).findFirst().orElseThrow();
    }
}
