// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.order.HostInterfaceOrder;
import org.hvnet.analysis.order.WrittenOrder;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.Interface;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VmNic;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rules: an element's written-order key ({@link WrittenOrder#keyOf}) is its written position (file index,
 * then the offset of its original's text), and the interface keys read from a host's own lists
 * ({@link WrittenOrder#interfacesOf}, the way the snapshot and the MACs order a whole model's interfaces) put every
 * interface in the same order as those positions, tying only where they tie.
 */
class WrittenOrderKeysTest {

    private static final String LAN = "network N { subnet 10.0.0.0/24 dhcp-server 10.0.0.2 range 10.0.0.10 - 10.0.0.19 }\n";

    /**
     * A host whose lines interleave its lists: a VM above its NICs, an install line between them, a switch whose host
     * vNIC the rules add, a switch with written host vNICs, and VMs of several NICs.
     */
    private static final String OUT_OF_MODEL_ORDER = "topology T\n" + LAN + """
            host H platform hyperv-2012 {
                vm Early { nic eth0 on B }
                nic a cable N
                install hyperv using a
                switch I internal { host-vnic i1 host-vnic i2 }
                nic b cable N { bind vswitch }
                switch B external on b
                vm Late { nic eth0 on B  nic eth1 on I  nic eth2 on B }
                nic c cable N
            }
            host G platform hyperv-2016 { nic g cable N  vm V { nic e on S } switch S internal { host-vnic s } }
            """;

    private static List<EObject> everyElement(List<Topology> topologies) {
        List<EObject> elements = new ArrayList<>();
        for (Topology topology : topologies) {
            elements.add(topology);
            topology.eAllContents().forEachRemaining(elements::add);
        }
        return elements;
    }

    /** The key as the rules define it for a written element or a copy of one: file, then the text's offset. */
    private static long positionOf(SimulatedModel model, EObject element) {
        EObject written = model.originalOf(element) != null ? model.originalOf(element) : element;
        int file = model.written().indexOf(EcoreUtil.getRootContainer(written));
        int offset = -1;
        for (EObject current = written; current != null && offset < 0; current = current.eContainer()) {
            ICompositeNode node = NodeModelUtils.getNode(current);
            offset = node == null ? -1 : node.getTotalOffset();
        }
        return ((long) (file < 0 ? model.written().size() : file) << 32) | (offset + 1L);
    }

    /** An interface with its key from its host's lists. */
    private record Keyed(Interface iface, long key) {
    }

    /** Every interface of the topologies in model order (as the snapshot walks them), each with its list key. */
    private static List<Keyed> interfacesWithListKeys(WrittenOrder order, List<Topology> topologies) {
        List<Keyed> keyed = new ArrayList<>();
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                HostInterfaceOrder lines = order.interfacesOf(host);
                for (int n = 0; n < host.getNics().size(); n++) {
                    keyed.add(new Keyed(host.getNics().get(n), lines.nic(n)));
                }
                for (int s = 0; s < host.getSwitches().size(); s++) {
                    for (int v = 0; v < host.getSwitches().get(s).getHostVnics().size(); v++) {
                        keyed.add(new Keyed(host.getSwitches().get(s).getHostVnics().get(v), lines.hostVnic(s, v)));
                    }
                }
                for (int m = 0; m < host.getVms().size(); m++) {
                    for (int n = 0; n < host.getVms().get(m).getNics().size(); n++) {
                        keyed.add(new Keyed(host.getVms().get(m).getNics().get(n), lines.vmNic(m, n)));
                    }
                }
            }
        }
        return keyed;
    }

    /** The interfaces sorted (stably) by their list keys and by {@link WrittenOrder#keyOf}: the same sequence, the same ties. */
    private static void assertListKeysOrderAsPositions(WrittenOrder order, List<Topology> topologies) {
        List<Keyed> keyed = interfacesWithListKeys(order, topologies);
        List<Keyed> byListKey = new ArrayList<>(keyed);
        byListKey.sort(Comparator.comparingLong(Keyed::key));
        List<Keyed> byPosition = new ArrayList<>(keyed);
        byPosition.sort(Comparator.comparingLong(k -> order.keyOf(k.iface())));
        assertEquals(byPosition.stream().map(Keyed::iface).toList(), byListKey.stream().map(Keyed::iface).toList(),
                "the interfaces in written order");
        for (int i = 1; i < keyed.size(); i++) {
            Keyed before = byListKey.get(i - 1);
            Keyed after = byListKey.get(i);
            if (before.key() == after.key()) { // interfaces tie only where their written positions do
                assertEquals(order.keyOf(before.iface()), order.keyOf(after.iface()), () -> before.iface() + " and " + after.iface());
            }
        }
    }

    private static void assertKeysAgree(List<Topology> written) {
        SimulatedModel model = SimulatedModel.of(written);
        WrittenOrder order = model.writtenOrder();
        List<EObject> elements = everyElement(model.topologies());
        elements.addAll(everyElement(model.written()));
        for (EObject element : elements) {
            boolean madeByTheRules = model.originalOf(element) == null && !model.written().contains(EcoreUtil.getRootContainer(element));
            if (!madeByTheRules) {
                assertEquals(positionOf(model, element), order.keyOf(element), () -> "not the written position of " + element);
            }
        }
        assertListKeysOrderAsPositions(order, model.topologies());
        assertListKeysOrderAsPositions(order, model.written());
    }

    @Test
    void aModelWrittenOutOfModelOrderIsOrderedAsWritten() {
        List<Topology> written = Labs.of(OUT_OF_MODEL_ORDER);
        assertKeysAgree(written);
        SimulatedModel model = SimulatedModel.of(written);
        Host host = model.topologies().get(0).getHosts().get(0);
        HostInterfaceOrder lines = model.writtenOrder().interfacesOf(host);
        assertTrue(lines.vmNic(0, 0) < lines.nic(0) && lines.nic(0) < lines.nic(1), "the VM above the NICs is written first");
        assertTrue(lines.hostVnic(0, 0) < lines.hostVnic(0, 1) && lines.hostVnic(0, 1) < lines.nic(1), "a switch's vNICs in its line");
        assertTrue(lines.vmNic(1, 2) < lines.nic(2), "the NIC written last");
    }

    @Test
    void severalFilesAreOrderedFileByFile() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a-first.hvnet", OUT_OF_MODEL_ORDER);
        files.put("b-second.hvnet", "topology Second\nhost H2 platform hyperv-2012 { vm V { nic e } nic e cable N }\n");
        List<Topology> written = Labs.of(files);
        assertKeysAgree(written);
        SimulatedModel model = SimulatedModel.of(written);
        long second = model.writtenOrder().keyOf(model.topologies().get(1).getHosts().get(0).getNics().get(0));
        assertEquals(1L, second >>> 32, "the second file's index");
    }

    @Test
    void aModelWithoutTextTiesEveryInterfaceOfAHost() {
        List<Topology> inMemory = new ArrayList<>(EcoreUtil.copyAll(Labs.of(OUT_OF_MODEL_ORDER)));
        assertKeysAgree(inMemory);
        SimulatedModel model = SimulatedModel.of(inMemory);
        Host host = model.topologies().get(0).getHosts().get(0);
        assertEquals(0L, model.writtenOrder().keyOf(host.getNics().get(0)), "no text: every key of the file ties");
        HostInterfaceOrder lines = model.writtenOrder().interfacesOf(host);
        assertEquals(lines.nic(0), lines.vmNic(1, 2), "no text: the host's interfaces tie");
    }

    @Test
    void aLineAddedAfterReadingTakesItsHostsPosition() {
        List<Topology> written = Labs.of(OUT_OF_MODEL_ORDER);
        Host host = written.get(0).getHosts().get(0);
        VirtualMachine added = HvnetFactory.eINSTANCE.createVirtualMachine();
        added.setName("Added");
        VmNic nic = HvnetFactory.eINSTANCE.createVmNic();
        nic.setName("eth0");
        added.getNics().add(nic);
        host.getVms().add(1, added); // no text: it ranks where its host is written, before the host's lines
        assertKeysAgree(written);
        HostInterfaceOrder lines = SimulatedModel.of(written).writtenOrder().interfacesOf(host);
        assertTrue(lines.vmNic(1, 0) < lines.vmNic(0, 0), "the added VM ranks at its host's line");
    }

    @Test
    void theExamplesAndAGeneratedModelAreOrderedAsWritten() {
        assertKeysAgree(Labs.allExamples());
        assertKeysAgree(Labs.generated(12, 4, 7));
    }
}
