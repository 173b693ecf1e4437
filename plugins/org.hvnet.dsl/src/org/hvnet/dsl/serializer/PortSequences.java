// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.serializer;

import org.eclipse.xtext.serializer.acceptor.SequenceFeeder;
import org.hvnet.dsl.services.HvnetGrammarAccess;
import org.hvnet.dsl.services.HvnetGrammarAccess.PortBodyElements;
import org.hvnet.dsl.services.HvnetGrammarAccess.VmNicElements;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VlanTrunk;
import org.hvnet.model.VmNic;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The values of a switch port (VM NIC, host vNIC) and of its parts, fed in the order of the grammar's rules VmNic,
 * HostVirtualNic, VlanSetting, PortBody, StaticIpv4Config and VlanTrunk: the order Xtext's generic sequencer picks for
 * an element without node model (the VLAN before {@code on SWITCH}, the guards and, in a body, the bindings, the
 * address and the ACLs in the order of their declaration). {@code canWrite} says whether a port has a shape the
 * grammar can write; the generic sequencer handles (and reports) every other.
 */
@Singleton
public class PortSequences {

    @Inject
    private HvnetGrammarAccess grammar;

    /** Whether {@code port} has a name and at most one of an access VLAN and a trunk. */
    public boolean canWrite(VirtualPort port) {
        return port.getName() != null && (port.getVlan() == null || port.getTrunk() == null);
    }

    /** Feeds a VM NIC: name, MAC, VLAN and switch (the VLAN first), guards, body. */
    public void write(SequenceFeeder feeder, VmNic nic) {
        VmNicElements rule = grammar.getVmNicAccess();
        feeder.accept(rule.getNameNameParserRuleCall_1_0(), nic.getName());
        if (nic.getMac() != null) {
            feeder.accept(rule.getMacMACTerminalRuleCall_2_1_0(), nic.getMac());
        }
        Object virtualSwitch = nic.eGet(HvnetPackage.Literals.VM_NIC__SWITCH, false);
        if (writeVlan(feeder, nic)) {
            if (virtualSwitch != null) {
                feeder.accept(rule.getSwitchVirtualSwitchNameParserRuleCall_3_0_1_1_0_1(), virtualSwitch);
            }
        } else if (virtualSwitch != null) {
            feeder.accept(rule.getSwitchVirtualSwitchNameParserRuleCall_3_1_1_0_1(), virtualSwitch);
        }
        if (nic.isDhcpGuard()) {
            feeder.accept(rule.getDhcpGuardDhcpGuardKeyword_4_0_0(), Boolean.TRUE);
        }
        if (nic.isRouterGuard()) {
            feeder.accept(rule.getRouterGuardRouterGuardKeyword_4_1_0(), Boolean.TRUE);
        }
        if (nic.isMacAddressSpoofing()) {
            feeder.accept(rule.getMacAddressSpoofingMacSpoofingKeyword_4_2_0(), Boolean.TRUE);
        }
        writeBody(feeder, nic);
    }

    /** Feeds a host vNIC: name, MAC, VLAN, body. */
    public void write(SequenceFeeder feeder, HostVirtualNic vnic) {
        feeder.accept(grammar.getHostVirtualNicAccess().getNameNameParserRuleCall_1_0(), vnic.getName());
        if (vnic.getMac() != null) {
            feeder.accept(grammar.getHostVirtualNicAccess().getMacMACTerminalRuleCall_2_1_0(), vnic.getMac());
        }
        writeVlan(feeder, vnic);
        writeBody(feeder, vnic);
    }

    /** Feeds the port's VLAN setting (an access VLAN or a trunk), if it has one; whether it had. */
    private boolean writeVlan(SequenceFeeder feeder, VirtualPort port) {
        if (port.getVlan() != null) {
            feeder.accept(grammar.getVlanSettingAccess().getVlanOptionalIntParserRuleCall_1_0_1_0(), port.getVlan());
            return true;
        }
        if (port.getTrunk() != null) {
            feeder.accept(grammar.getVlanSettingAccess().getTrunkVlanTrunkParserRuleCall_1_1_1_0(), port.getTrunk());
            return true;
        }
        return false;
    }

    /** Feeds a port body: the bindings, the IPv4 configuration, then the ACL rules. */
    private void writeBody(SequenceFeeder feeder, VirtualPort port) {
        PortBodyElements rule = grammar.getPortBodyAccess();
        ListValues.feed(feeder, rule.getBindingsBindingEnumRuleCall_0_1_0(), rule.getBindingsBindingEnumRuleCall_0_2_1_0(), port.getBindings());
        if (port.getIpv4() != null) {
            feeder.accept(rule.getIpv4Ipv4ConfigParserRuleCall_1_0_0(), port.getIpv4());
        }
        ListValues.feed(feeder, rule.getAclsPortAclParserRuleCall_1_1_0(), null, port.getAcls());
    }

    /** Whether {@code config} has its address, which the grammar requires. */
    public boolean canWrite(StaticIpv4Config config) {
        return config.getAddress() != null;
    }

    /** Feeds a static IPv4 configuration: address, gateway, DNS servers. */
    public void write(SequenceFeeder feeder, StaticIpv4Config config) {
        feeder.accept(grammar.getStaticIpv4ConfigAccess().getAddressCIDRParserRuleCall_2_0(), config.getAddress());
        if (config.getGateway() != null) {
            feeder.accept(grammar.getStaticIpv4ConfigAccess().getGatewayIPV4TerminalRuleCall_3_1_0(), config.getGateway());
        }
        ListValues.feed(feeder, grammar.getStaticIpv4ConfigAccess().getDnsIPV4TerminalRuleCall_4_1_0(),
                grammar.getStaticIpv4ConfigAccess().getDnsIPV4TerminalRuleCall_4_2_1_0(), config.getDns());
    }

    /** Whether {@code trunk} has allowed VLANs and a native VLAN, which the grammar requires. */
    public boolean canWrite(VlanTrunk trunk) {
        return !trunk.getAllowed().isEmpty() && trunk.getNativeVlan() != null;
    }

    /** Feeds a VLAN trunk: the allowed VLANs, then the native VLAN. */
    public void write(SequenceFeeder feeder, VlanTrunk trunk) {
        ListValues.feed(feeder, grammar.getVlanTrunkAccess().getAllowedVlanRangeParserRuleCall_0_0(),
                grammar.getVlanTrunkAccess().getAllowedVlanRangeParserRuleCall_1_1_0(), trunk.getAllowed());
        feeder.accept(grammar.getVlanTrunkAccess().getNativeVlanOptionalIntParserRuleCall_3_0(), trunk.getNativeVlan());
    }
}
