// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.serializer;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.acceptor.SequenceFeeder;
import org.eclipse.xtext.serializer.sequencer.ISemanticNodeProvider;
import org.hvnet.dsl.services.HvnetGrammarAccess;
import org.hvnet.model.DhcpIpv4Config;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NamedElement;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VlanTrunk;
import org.hvnet.model.VmDhcpServer;
import org.hvnet.model.VmNic;

import com.google.inject.Inject;

/**
 * The language's semantic sequencer: the rules a data-centre model is made of (topology, host, physical NIC, switch,
 * host vNIC, VM, VM NIC, VM DHCP server, IPv4 configuration, VLAN trunk) fed straight to the serializer's
 * {@link SequenceFeeder} in the order Xtext's generic (backtracking) sequencer would choose, without its search, so
 * that writing a model built in memory (the output of install, convert, import) costs time proportional to its size.
 * The text is the same, token for token. An element read from text (with a node model, whose order and comments the
 * generic sequencer follows), in an unexpected context or with a shape the grammar cannot write goes to the generated
 * sequencer, which uses the generic one and reports what is missing.
 */
public class DirectSemanticSequencer extends HvnetSemanticSequencer {

    @Inject
    private HvnetGrammarAccess grammar;
    @Inject
    private HostSequences hosts;
    @Inject
    private PortSequences ports;

    @Override
    protected void sequence_Topology(ISerializationContext context, Topology topology) {
        if (!direct(context, grammar.getTopologyRule(), topology, DirectSemanticSequencer::named, feeder -> hosts.write(feeder, topology))) {
            super.sequence_Topology(context, topology);
        }
    }

    @Override
    protected void sequence_Host(ISerializationContext context, Host host) {
        if (!direct(context, grammar.getHostRule(), host, DirectSemanticSequencer::named, feeder -> hosts.write(feeder, host))) {
            super.sequence_Host(context, host);
        }
    }

    @Override
    protected void sequence_InterfaceBody_PhysicalNic(ISerializationContext context, PhysicalNic nic) {
        if (!direct(context, grammar.getPhysicalNicRule(), nic, DirectSemanticSequencer::named, feeder -> hosts.write(feeder, nic))) {
            super.sequence_InterfaceBody_PhysicalNic(context, nic);
        }
    }

    @Override
    protected void sequence_VirtualSwitch(ISerializationContext context, VirtualSwitch virtualSwitch) {
        if (!direct(context, grammar.getVirtualSwitchRule(), virtualSwitch, hosts::canWrite, feeder -> hosts.write(feeder, virtualSwitch))) {
            super.sequence_VirtualSwitch(context, virtualSwitch);
        }
    }

    @Override
    protected void sequence_HostVirtualNic_PortBody_VlanSetting(ISerializationContext context, HostVirtualNic vnic) {
        if (!direct(context, grammar.getHostVirtualNicRule(), vnic, ports::canWrite, feeder -> ports.write(feeder, vnic))) {
            super.sequence_HostVirtualNic_PortBody_VlanSetting(context, vnic);
        }
    }

    @Override
    protected void sequence_VirtualMachine(ISerializationContext context, VirtualMachine vm) {
        if (!direct(context, grammar.getVirtualMachineRule(), vm, DirectSemanticSequencer::named, feeder -> hosts.write(feeder, vm))) {
            super.sequence_VirtualMachine(context, vm);
        }
    }

    @Override
    protected void sequence_PortBody_VlanSetting_VmNic(ISerializationContext context, VmNic nic) {
        if (!direct(context, grammar.getVmNicRule(), nic, ports::canWrite, feeder -> ports.write(feeder, nic))) {
            super.sequence_PortBody_VlanSetting_VmNic(context, nic);
        }
    }

    @Override
    protected void sequence_ScopeOptions_VmDhcpServer(ISerializationContext context, VmDhcpServer server) {
        if (!direct(context, grammar.getVmDhcpServerRule(), server, hosts::canWrite, feeder -> hosts.write(feeder, server))) {
            super.sequence_ScopeOptions_VmDhcpServer(context, server);
        }
    }

    @Override
    protected void sequence_StaticIpv4Config(ISerializationContext context, StaticIpv4Config config) {
        ParserRule rule = context.getParserRule() == grammar.getIpv4ConfigRule() ? grammar.getIpv4ConfigRule() : grammar.getStaticIpv4ConfigRule();
        if (!direct(context, rule, config, ports::canWrite, feeder -> ports.write(feeder, config))) {
            super.sequence_StaticIpv4Config(context, config);
        }
    }

    @Override
    protected void sequence_DhcpIpv4Config(ISerializationContext context, DhcpIpv4Config config) {
        // {DhcpIpv4Config} 'ipv4' 'dhcp' has no value: the syntactic sequencer writes its keywords
        ParserRule rule = context.getParserRule() == grammar.getIpv4ConfigRule() ? grammar.getIpv4ConfigRule() : grammar.getDhcpIpv4ConfigRule();
        if (!direct(context, rule, config, any -> true, feeder -> {
        })) {
            super.sequence_DhcpIpv4Config(context, config);
        }
    }

    @Override
    protected void sequence_VlanTrunk(ISerializationContext context, VlanTrunk trunk) {
        if (!direct(context, grammar.getVlanTrunkRule(), trunk, ports::canWrite, feeder -> ports.write(feeder, trunk))) {
            super.sequence_VlanTrunk(context, trunk);
        }
    }

    /**
     * Feeds {@code element} through {@code values} and finishes its sequence, when it is sequenced in the context of
     * {@code rule}, has no node model and {@code writable} accepts it; whether it did.
     */
    private <T extends EObject> boolean direct(ISerializationContext context, ParserRule rule, T element, Predicate<T> writable,
            Consumer<SequenceFeeder> values) {
        if (context.getParserRule() != rule || context.getAssignedAction() != null || !writable.test(element)) {
            return false;
        }
        if (NodeModelUtils.findActualNodeFor(element) != null) {
            return false;
        }
        SequenceFeeder feeder = createSequencerFeeder(context, element, ISemanticNodeProvider.NULL_NODES_PROVIDER);
        values.accept(feeder);
        feeder.finish();
        return true;
    }

    private static boolean named(NamedElement element) {
        return element.getName() != null;
    }
}
