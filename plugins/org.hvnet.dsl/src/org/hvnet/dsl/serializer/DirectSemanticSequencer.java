// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.serializer;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.acceptor.SequenceFeeder;
import org.eclipse.xtext.serializer.sequencer.ISemanticNodeProvider;
import org.hvnet.dsl.services.HvnetGrammarAccess;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
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
    public void sequence(ISerializationContext context, EObject element) {
        if (context.getAssignedAction() != null || element.eClass().getEPackage() != HvnetPackage.eINSTANCE
                || NodeModelUtils.findActualNodeFor(element) != null || !sequenceDirectly(context, context.getParserRule(), element)) {
            super.sequence(context, element);
        }
    }

    /** Sequences {@code element} (without node model) in the context of {@code rule} if it is of a rule written here; whether it was. */
    private boolean sequenceDirectly(ISerializationContext context, ParserRule rule, EObject element) {
        switch (element.eClass().getClassifierID()) {
        case HvnetPackage.TOPOLOGY:
            return rule == grammar.getTopologyRule() && named(element)
                    && feed(context, element, feeder -> hosts.write(feeder, (Topology) element));
        case HvnetPackage.HOST:
            return rule == grammar.getHostRule() && named(element) && feed(context, element, feeder -> hosts.write(feeder, (Host) element));
        case HvnetPackage.PHYSICAL_NIC:
            return rule == grammar.getPhysicalNicRule() && named(element)
                    && feed(context, element, feeder -> hosts.write(feeder, (PhysicalNic) element));
        case HvnetPackage.VIRTUAL_SWITCH:
            return rule == grammar.getVirtualSwitchRule() && hosts.canWrite((VirtualSwitch) element)
                    && feed(context, element, feeder -> hosts.write(feeder, (VirtualSwitch) element));
        case HvnetPackage.HOST_VIRTUAL_NIC:
            return rule == grammar.getHostVirtualNicRule() && ports.canWrite((HostVirtualNic) element)
                    && feed(context, element, feeder -> ports.write(feeder, (HostVirtualNic) element));
        case HvnetPackage.VIRTUAL_MACHINE:
            return rule == grammar.getVirtualMachineRule() && named(element)
                    && feed(context, element, feeder -> hosts.write(feeder, (VirtualMachine) element));
        case HvnetPackage.VM_NIC:
            return rule == grammar.getVmNicRule() && ports.canWrite((VmNic) element)
                    && feed(context, element, feeder -> ports.write(feeder, (VmNic) element));
        case HvnetPackage.VM_DHCP_SERVER:
            return rule == grammar.getVmDhcpServerRule() && hosts.canWrite((VmDhcpServer) element)
                    && feed(context, element, feeder -> hosts.write(feeder, (VmDhcpServer) element));
        case HvnetPackage.STATIC_IPV4_CONFIG:
            return (rule == grammar.getIpv4ConfigRule() || rule == grammar.getStaticIpv4ConfigRule()) && ports.canWrite((StaticIpv4Config) element)
                    && feed(context, element, feeder -> ports.write(feeder, (StaticIpv4Config) element));
        case HvnetPackage.DHCP_IPV4_CONFIG:
            // {DhcpIpv4Config} 'ipv4' 'dhcp' assigns no value: the syntactic sequencer writes its keywords
            return (rule == grammar.getIpv4ConfigRule() || rule == grammar.getDhcpIpv4ConfigRule()) && feed(context, element, feeder -> {
            });
        case HvnetPackage.VLAN_TRUNK:
            return rule == grammar.getVlanTrunkRule() && ports.canWrite((VlanTrunk) element)
                    && feed(context, element, feeder -> ports.write(feeder, (VlanTrunk) element));
        default:
            return false;
        }
    }

    /** Feeds the values of {@code element} (which has no node model) and finishes its sequence; true. */
    private boolean feed(ISerializationContext context, EObject element, Consumer<SequenceFeeder> values) {
        SequenceFeeder feeder = createSequencerFeeder(context, element, ISemanticNodeProvider.NULL_NODES_PROVIDER);
        values.accept(feeder);
        feeder.finish();
        return true;
    }

    private static boolean named(EObject element) {
        return ((NamedElement) element).getName() != null;
    }
}
