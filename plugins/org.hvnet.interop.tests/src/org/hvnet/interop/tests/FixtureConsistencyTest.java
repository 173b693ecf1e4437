// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hvnet.interop.inventory.AdapterBinding;
import org.hvnet.interop.inventory.Inventory;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.InventoryProblem;
import org.hvnet.interop.inventory.InventoryReading;
import org.hvnet.interop.inventory.NetAdapter;
import org.hvnet.interop.inventory.SwitchType;
import org.hvnet.interop.inventory.VmNetworkAdapter;
import org.hvnet.interop.inventory.VmSwitch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each good fixture describes one host consistently, as Windows would: its NICs, addresses, switches, VM NICs and
 * VMs name each other, and reading it gives no warning about a value (only about keys it lacks).
 */
class FixtureConsistencyTest {

    static final java.util.List<String> GOOD = Inventories.GOOD;

    @ParameterizedTest(name = "{0}")
    @FieldSource("GOOD")
    void readingGivesNoWarningAboutAValue(String name) {
        InventoryReading reading = Inventories.read(name);
        for (InventoryProblem problem : reading.problems()) {
            String message = problem.message();
            assertTrue(problem.location() == null || message.contains("is not a key HVNet reads")
                    || message.contains("not a file HVNet reads"), problem.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("GOOD")
    void vmNicsNameSwitchesAndVmsOfTheHost(String name) {
        Inventory inventory = Inventories.inventory(name);
        Map<String, VmSwitch> switches = inventory.switches().stream()
                .collect(Collectors.toMap(VmSwitch::name, Function.identity()));
        Set<String> vms = inventory.vms().stream().map(vm -> vm.name()).collect(Collectors.toSet());
        for (VmNetworkAdapter nic : inventory.vmNetworkAdapters()) {
            VmSwitch connected = switches.get(nic.switchName());
            assertTrue(connected != null, nic + " names no switch of " + switches.keySet());
            assertEquals(connected.id(), nic.switchId(), nic.name());
            assertTrue(nic.managementOs() || vms.contains(nic.vmName()), nic.vmName());
            assertTrue(nic.vlan() != null, "every NIC has a VLAN row: " + nic.name());
            if (nic.dynamicMac() && nic.macAddress() != null && inventory.vmHost() != null) {
                long mac = nic.macAddress().bits();
                assertTrue(mac >= inventory.vmHost().macAddressMinimum().bits()
                        && mac <= inventory.vmHost().macAddressMaximum().bits(), nic.name() + " outside the pool");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("GOOD")
    void hostVnicsAndExternalSwitchesNameTheirNics(String name) {
        Inventory inventory = Inventories.inventory(name);
        if (!inventory.keys().contains(InventoryKey.GET_NET_ADAPTER)) {
            return;
        }
        for (VmNetworkAdapter vnic : inventory.vmNetworkAdapters()) {
            if (vnic.managementOs()) {
                NetAdapter adapter = inventory.adapters().stream().filter(a -> Objects.equals(a.deviceId(),
                        vnic.deviceId())).findFirst().orElseThrow(() -> new AssertionError("no NIC for " + vnic));
                assertEquals(vnic.macAddress(), adapter.macAddress());
                assertEquals("vEthernet (" + vnic.name() + ")", adapter.name());
                assertTrue(adapter.virtual());
            }
        }
        for (VmSwitch external : inventory.switches()) {
            if (external.type() != SwitchType.EXTERNAL) {
                continue;
            }
            assertFalse(external.netAdapterDescriptions().isEmpty(), external.name());
            for (String description : external.netAdapterDescriptions()) {
                NetAdapter nic = inventory.adapters().stream().filter(a -> description.equals(a.interfaceDescription()))
                        .findFirst().orElseThrow(() -> new AssertionError("no NIC " + description));
                Set<String> bound = inventory.bindings().stream()
                        .filter(b -> b.adapterName().equals(nic.name()) && b.enabled())
                        .map(AdapterBinding::componentId).collect(Collectors.toSet());
                assertTrue(bound.isEmpty() || bound.equals(Set.of("vms_pp")), nic.name() + " " + bound);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("GOOD")
    void addressesRoutesAndWmiRowsNameTheHostsNics(String name) {
        Inventory inventory = Inventories.inventory(name);
        if (!inventory.keys().contains(InventoryKey.GET_NET_ADAPTER)) {
            return;
        }
        Map<Integer, NetAdapter> byIndex = inventory.adapters().stream()
                .collect(Collectors.toMap(NetAdapter::interfaceIndex, Function.identity()));
        inventory.ipAddresses().forEach(a -> assertEquals(a.interfaceAlias(), byIndex.get(a.interfaceIndex()).name()));
        inventory.routes().stream().filter(r -> r.interfaceIndex() != 1)
                .forEach(r -> assertEquals(r.interfaceAlias(), byIndex.get(r.interfaceIndex()).name()));
        inventory.adapterConfigurations().forEach(c -> assertEquals(byIndex.get(c.interfaceIndex()).macAddress(),
                c.macAddress(), c.description()));
    }
}
