// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.inventory;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.interop.export.ExportResult;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.windows.WindowsPlatforms;
import org.hvnet.interop.windows.WindowsPlatforms.WindowsRelease;
import org.hvnet.model.Host;
import org.hvnet.model.VirtualMachine;
import org.hvnet.simulation.Simulation;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The inventory a host of the model would report: the collector's keys, each an array of rows with the properties
 * the collector keeps, enumerations as numbers. The addresses are the simulation's (what the host would have);
 * dynamic MACs, which the host's pool assigns, are not given ({@code 000000000000}, as for a VM never started).
 */
public final class InventoryWriter {

    private final SimulatedModel simulated;
    private final Host host;
    private final List<String> warnings = new ArrayList<>();

    /** The writer of {@code host}, a host of {@code simulated}. */
    public InventoryWriter(SimulatedModel simulated, Host host) {
        this.simulated = simulated;
        this.host = host;
    }

    /** The inventory as JSON text, and what the model has that no inventory carries. */
    public ExportResult write() {
        HostPorts ports = new HostPorts(host);
        ModelAddresses addresses = new ModelAddresses(Simulation.of(simulated));
        JsonObject inventory = new JsonObject();
        JsonArray skipped = new JsonArray();
        inventory.add(InventoryKey.COLLECTOR_KEY, Rows.row("version", 1, "computer", host.getName(), "exportedBy", "hvnet export",
                "skipped", skipped));
        WindowsRelease release = WindowsPlatforms.release(host.getPlatform());
        inventory.add(InventoryKey.GET_COMPUTER_INFO.cmdlet(), array(Rows.row("CsName", host.getName(), "OsName", release.caption(),
                "OsVersion", release.version(), "OsBuildNumber", String.valueOf(release.build()), "OsProductType", release.productType(),
                "WindowsProductName", release.caption().replace("Microsoft ", ""))));
        if (host.getMacPool() != null) {
            inventory.add(InventoryKey.GET_VM_HOST.cmdlet(), array(Rows.row("ComputerName", host.getName(), "MacAddressMinimum",
                    Rows.hyperVMac(host.getMacPool().getFirst()), "MacAddressMaximum", Rows.hyperVMac(host.getMacPool().getLast()))));
        } else {
            skipped.add(Rows.row("key", InventoryKey.GET_VM_HOST.cmdlet(), "reason",
                    "the model sets no MAC address pool (the default pool of rule X-5 applies)"));
        }
        NetTcpipRows tcpip = new NetTcpipRows(host, ports, addresses, simulated);
        inventory.add(InventoryKey.GET_NET_ADAPTER.cmdlet(), tcpip.adapters());
        inventory.add(InventoryKey.GET_NET_ADAPTER_BINDING.cmdlet(), tcpip.bindings());
        inventory.add(InventoryKey.GET_NET_IP_ADDRESS.cmdlet(), tcpip.ipAddresses());
        inventory.add(InventoryKey.GET_NET_ROUTE.cmdlet(), tcpip.routes());
        inventory.add(InventoryKey.GET_DNS_CLIENT_SERVER_ADDRESS.cmdlet(), tcpip.dnsServers());
        inventory.add(InventoryKey.WIN32_NETWORK_ADAPTER_CONFIGURATION.cmdlet(), tcpip.configurations());
        HyperVRows hyperV = new HyperVRows(host, ports, addresses);
        inventory.add(InventoryKey.GET_VM_SWITCH.cmdlet(), hyperV.switches());
        inventory.add(InventoryKey.GET_VM_NETWORK_ADAPTER.cmdlet(), hyperV.adapters());
        inventory.add(InventoryKey.GET_VM_NETWORK_ADAPTER_VLAN.cmdlet(), hyperV.vlans());
        inventory.add(InventoryKey.GET_VM_NETWORK_ADAPTER_ACL.cmdlet(), hyperV.acls());
        inventory.add(InventoryKey.GET_NET_NAT.cmdlet(), hyperV.nats());
        inventory.add(InventoryKey.GET_NET_NAT_STATIC_MAPPING.cmdlet(), hyperV.staticMappings());
        inventory.add(InventoryKey.GET_VM.cmdlet(), hyperV.vms());
        notCarried();
        String text = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(inventory);
        return new ExportResult(text + "\n", warnings);
    }

    private void notCarried() {
        String h = host.getName();
        if (host.getRras() != null) {
            warnings.add(h + ": RRAS (routing and NAT, rules T-5 and T-6) is not in an inventory");
        }
        host.getSwitches().stream().filter(s -> s.getDhcpService() != null).forEach(s -> warnings.add(h + "." + s.getName()
                + ": the switch's DHCP service is not in an inventory"));
        for (VirtualMachine vm : host.getVms()) {
            if (!vm.getDhcpServers().isEmpty()) {
                warnings.add(vm.getName() + ": the DHCP server the VM runs is not in an inventory (its leases are, as addresses)");
            }
            if (vm.isRouting()) {
                warnings.add(vm.getName() + ": routing in the VM is not in an inventory");
            }
        }
        if (!host.getRetiredNames().isEmpty()) {
            warnings.add(h + ": retired connection names are not in an inventory");
        }
    }

    private static JsonArray array(JsonObject row) {
        JsonArray array = new JsonArray();
        array.add(row);
        return array;
    }
}
