// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.order.WrittenOrder;
import org.hvnet.model.Host;
import org.hvnet.model.Topology;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rules: the written-order keys asked for many elements at once ({@link WrittenOrder#keysOf}, the way the
 * snapshot and the MACs ask) and one by one ({@link WrittenOrder#keyOf}) are the same, and a copy's key is its
 * original's position: file index, then the offset of the original's text, whatever shortcut computes it.
 */
class WrittenOrderKeysTest {

    private static final String LAN = "network N { subnet 10.0.0.0/24 dhcp-server 10.0.0.2 range 10.0.0.10 - 10.0.0.19 }\n";

    /** A host that writes a VM above its NICs, an install line, a switch whose host vNIC the rules add. */
    private static final String OUT_OF_MODEL_ORDER = "topology T\n" + LAN + """
            host H platform hyperv-2012 {
                vm Early { nic eth0 on B }
                nic a cable N
                install hyperv using a
                nic b cable N { bind vswitch }
                switch B external on b
                vm Late { nic eth0 on B  nic eth1 on B }
            }
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

    private static void assertKeysAgree(List<Topology> written) {
        SimulatedModel model = SimulatedModel.of(written);
        WrittenOrder order = model.writtenOrder();
        List<EObject> elements = everyElement(model.topologies());
        elements.addAll(everyElement(model.written()));
        long[] keys = order.keysOf(elements);
        for (int i = 0; i < elements.size(); i++) {
            EObject element = elements.get(i);
            assertEquals(order.keyOf(element), keys[i], () -> "keysOf and keyOf differ for " + element);
            boolean madeByTheRules = model.originalOf(element) == null && !model.written().contains(EcoreUtil.getRootContainer(element));
            if (!madeByTheRules) {
                assertEquals(positionOf(model, element), keys[i], () -> "not the written position of " + element);
            }
        }
    }

    @Test
    void aModelWrittenOutOfModelOrderGetsTheSameKeysEitherWay() {
        List<Topology> written = Labs.of(OUT_OF_MODEL_ORDER);
        assertKeysAgree(written);
        SimulatedModel model = SimulatedModel.of(written);
        Host host = model.topologies().get(0).getHosts().get(0);
        WrittenOrder order = model.writtenOrder();
        long early = order.keyOf(host.getVms().get(0).getNics().get(0));
        long[] nics = order.keysOf(host.getNics());
        assertTrue(early < nics[0] && nics[0] < nics[1], "the VM above the NICs is written first");
    }

    @Test
    void severalFilesGetTheSameKeysEitherWay() {
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
    void aModelWithoutTextGetsTheSameKeysEitherWay() {
        List<Topology> inMemory = new ArrayList<>(EcoreUtil.copyAll(Labs.of(OUT_OF_MODEL_ORDER)));
        assertKeysAgree(inMemory);
        SimulatedModel model = SimulatedModel.of(inMemory);
        Host host = model.topologies().get(0).getHosts().get(0);
        assertEquals(0L, model.writtenOrder().keysOf(host.getNics())[0], "no text: every key of the file ties");
    }

    @Test
    void theExamplesAndAGeneratedModelGetTheSameKeysEitherWay() {
        assertKeysAgree(Labs.allExamples());
        assertKeysAgree(Labs.generated(12, 4, 7));
    }
}
