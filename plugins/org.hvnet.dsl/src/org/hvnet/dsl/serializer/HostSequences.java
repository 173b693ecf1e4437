// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.serializer;

import org.eclipse.xtext.serializer.acceptor.SequenceFeeder;
import org.hvnet.dsl.services.HvnetGrammarAccess;
import org.hvnet.dsl.services.HvnetGrammarAccess.HostElements;
import org.hvnet.dsl.services.HvnetGrammarAccess.ScopeOptionsElements;
import org.hvnet.dsl.services.HvnetGrammarAccess.VirtualSwitchElements;
import org.hvnet.model.DhcpScope;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmDhcpServer;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The values of a topology, a host and the host's parts (physical NICs, switches, VMs, a VM's DHCP server), fed in
 * the order of the grammar's rules: the order Xtext's generic sequencer picks for an element without node model
 * (a host's statements grouped by kind in the order the Host rule declares them). {@code canWrite} says whether an
 * element has a shape the grammar can write; the generic sequencer handles (and reports) every other.
 */
@Singleton
public class HostSequences {

    @Inject
    private HvnetGrammarAccess grammar;

    /** Feeds a topology: name, networks, hosts, expectations. */
    public void write(SequenceFeeder feeder, Topology topology) {
        feeder.accept(grammar.getTopologyAccess().getNameNameParserRuleCall_1_0(), topology.getName());
        ListValues.feed(feeder, grammar.getTopologyAccess().getNetworksNetworkParserRuleCall_2_0_0(), null, topology.getNetworks());
        ListValues.feed(feeder, grammar.getTopologyAccess().getHostsHostParserRuleCall_2_1_0(), null, topology.getHosts());
        ListValues.feed(feeder, grammar.getTopologyAccess().getExpectationsExpectationParserRuleCall_2_2_0(), null, topology.getExpectations());
    }

    /** Feeds a host: name, platform, the statements of its body by kind (retired names, MAC pool, NICs, install, switches, NetNats, RRAS, VMs). */
    public void write(SequenceFeeder feeder, Host host) {
        HostElements rule = grammar.getHostAccess();
        feeder.accept(rule.getNameNameParserRuleCall_1_0(), host.getName());
        feeder.accept(rule.getPlatformPlatformEnumRuleCall_3_0(), host.getPlatform());
        if (host.isPreserveIpOnInstall()) {
            feeder.accept(rule.getPreserveIpOnInstallPreserveIpOnInstallKeyword_4_0(), Boolean.TRUE);
        }
        ListValues.feed(feeder, rule.getRetiredNamesNameParserRuleCall_6_0_1_0(), null, host.getRetiredNames());
        if (host.getMacPool() != null) {
            feeder.accept(rule.getMacPoolMacAddressPoolParserRuleCall_6_1_0(), host.getMacPool());
        }
        ListValues.feed(feeder, rule.getNicsPhysicalNicParserRuleCall_6_2_0(), null, host.getNics());
        if (host.getInstall() != null) {
            feeder.accept(rule.getInstallPlannedInstallParserRuleCall_6_3_0(), host.getInstall());
        }
        ListValues.feed(feeder, rule.getSwitchesVirtualSwitchParserRuleCall_6_4_0(), null, host.getSwitches());
        ListValues.feed(feeder, rule.getNetNatsNetNatParserRuleCall_6_5_0(), null, host.getNetNats());
        if (host.getRras() != null) {
            feeder.accept(rule.getRrasRrasParserRuleCall_6_6_0(), host.getRras());
        }
        ListValues.feed(feeder, rule.getVmsVirtualMachineParserRuleCall_6_7_0(), null, host.getVms());
    }

    /** Feeds a physical NIC: name, MAC, cables, bindings, IPv4 configuration. */
    public void write(SequenceFeeder feeder, PhysicalNic nic) {
        feeder.accept(grammar.getPhysicalNicAccess().getNameNameParserRuleCall_1_0(), nic.getName());
        if (nic.getMac() != null) {
            feeder.accept(grammar.getPhysicalNicAccess().getMacMACTerminalRuleCall_2_1_0(), nic.getMac());
        }
        ListValues.feed(feeder, grammar.getPhysicalNicAccess().getCablesNetworkNameParserRuleCall_3_1_0_1(),
                grammar.getPhysicalNicAccess().getCablesNetworkNameParserRuleCall_3_2_1_0_1(), ListValues.unresolved(nic.getCables()));
        ListValues.feed(feeder, grammar.getInterfaceBodyAccess().getBindingsBindingEnumRuleCall_0_1_0(),
                grammar.getInterfaceBodyAccess().getBindingsBindingEnumRuleCall_0_2_1_0(), nic.getBindings());
        if (nic.getIpv4() != null) {
            feeder.accept(grammar.getInterfaceBodyAccess().getIpv4Ipv4ConfigParserRuleCall_1_0(), nic.getIpv4());
        }
    }

    /**
     * Whether {@code virtualSwitch} has a shape of the grammar: a name; if external, NICs and no subnet; if internal
     * or private, no NICs, subnet, teaming or management-OS setting; if the Default Switch, no NICs, teaming or
     * management-OS setting.
     */
    public boolean canWrite(VirtualSwitch virtualSwitch) {
        if (virtualSwitch.getName() == null) {
            return false;
        }
        boolean external = virtualSwitch.getKind() == SwitchKind.EXTERNAL;
        if (external) {
            return !virtualSwitch.getExternalNics().isEmpty() && virtualSwitch.getSubnet() == null;
        }
        boolean local = virtualSwitch.getKind() == SwitchKind.INTERNAL || virtualSwitch.getKind() == SwitchKind.PRIVATE;
        return virtualSwitch.getExternalNics().isEmpty() && !virtualSwitch.isEmbeddedTeaming() && virtualSwitch.isAllowManagementOS()
                && (!local || virtualSwitch.getSubnet() == null);
    }

    /** Feeds a switch: name, kind with its NICs and options or its subnet, host vNICs, DHCP service. */
    public void write(SequenceFeeder feeder, VirtualSwitch virtualSwitch) {
        VirtualSwitchElements rule = grammar.getVirtualSwitchAccess();
        feeder.accept(rule.getNameNameParserRuleCall_1_0(), virtualSwitch.getName());
        switch (virtualSwitch.getKind()) {
        case EXTERNAL:
            feeder.accept(rule.getKindExternalKindEnumRuleCall_2_0_0_0(), virtualSwitch.getKind());
            ListValues.feed(feeder, rule.getExternalNicsPhysicalNicNameParserRuleCall_2_0_2_0_1(),
                    rule.getExternalNicsPhysicalNicNameParserRuleCall_2_0_3_1_0_1(), ListValues.unresolved(virtualSwitch.getExternalNics()));
            if (!virtualSwitch.isAllowManagementOS()) {
                feeder.accept(rule.getAllowManagementOSNoManagementOsParserRuleCall_2_0_4_0_0(), Boolean.FALSE);
            }
            if (virtualSwitch.isEmbeddedTeaming()) {
                feeder.accept(rule.getEmbeddedTeamingEmbeddedTeamingKeyword_2_0_4_1_0(), Boolean.TRUE);
            }
            break;
        case DEFAULT:
            feeder.accept(rule.getKindDefaultKindEnumRuleCall_2_2_0_0(), virtualSwitch.getKind());
            if (virtualSwitch.getSubnet() != null) {
                feeder.accept(rule.getSubnetCIDRParserRuleCall_2_2_1_1_0(), virtualSwitch.getSubnet());
            }
            break;
        default:
            feeder.accept(rule.getKindLocalKindEnumRuleCall_2_1_0(), virtualSwitch.getKind());
        }
        ListValues.feed(feeder, rule.getHostVnicsHostVirtualNicParserRuleCall_3_1_0_0(), null, virtualSwitch.getHostVnics());
        if (virtualSwitch.getDhcpService() != null) {
            feeder.accept(rule.getDhcpServiceSwitchDhcpServiceParserRuleCall_3_1_1_0(), virtualSwitch.getDhcpService());
        }
    }

    /** Feeds a VM: name, NICs, DHCP servers, routing. */
    public void write(SequenceFeeder feeder, VirtualMachine vm) {
        feeder.accept(grammar.getVirtualMachineAccess().getNameNameParserRuleCall_1_0(), vm.getName());
        ListValues.feed(feeder, grammar.getVirtualMachineAccess().getNicsVmNicParserRuleCall_3_0_0(), null, vm.getNics());
        ListValues.feed(feeder, grammar.getVirtualMachineAccess().getDhcpServersVmDhcpServerParserRuleCall_3_1_0(), null, vm.getDhcpServers());
        if (vm.isRouting()) {
            feeder.accept(grammar.getVirtualMachineAccess().getRoutingRoutingKeyword_3_2_0(), Boolean.TRUE);
        }
    }

    /** Whether {@code server} has its NIC and its range, which the grammar requires. */
    public boolean canWrite(VmDhcpServer server) {
        return server.eGet(HvnetPackage.Literals.VM_DHCP_SERVER__NIC, false) != null && server.getRangeStart() != null
                && server.getRangeEnd() != null;
    }

    /** Feeds a VM's DHCP server: its NIC, then its scope (range, gateway, DNS servers). */
    public void write(SequenceFeeder feeder, VmDhcpServer server) {
        feeder.accept(grammar.getVmDhcpServerAccess().getNicVmNicNameParserRuleCall_2_0_1(),
                server.eGet(HvnetPackage.Literals.VM_DHCP_SERVER__NIC, false));
        writeScope(feeder, server);
    }

    private void writeScope(SequenceFeeder feeder, DhcpScope scope) {
        ScopeOptionsElements rule = grammar.getScopeOptionsAccess();
        feeder.accept(rule.getRangeStartIPV4TerminalRuleCall_1_0(), scope.getRangeStart());
        feeder.accept(rule.getRangeEndIPV4TerminalRuleCall_3_0(), scope.getRangeEnd());
        if (scope.getGateway() != null) {
            feeder.accept(rule.getGatewayIPV4TerminalRuleCall_4_1_0(), scope.getGateway());
        }
        ListValues.feed(feeder, rule.getDnsIPV4TerminalRuleCall_5_1_0(), rule.getDnsIPV4TerminalRuleCall_5_2_1_0(), scope.getDns());
    }
}
