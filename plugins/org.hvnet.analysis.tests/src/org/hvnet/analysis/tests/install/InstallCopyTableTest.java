// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.analysis.install.InstallTransformation;
import org.hvnet.model.Topology;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * The install's original-to-copy table (rule I-5: the input is copied, never changed): complete, both ways, and
 * iterated in the containment order of the originals, the order the benchmarks need for a copy that grows linearly.
 */
class InstallCopyTableTest {

    private static List<EObject> inContainmentOrder(List<Topology> topologies) {
        List<EObject> elements = new ArrayList<>();
        for (Topology topology : topologies) {
            elements.add(topology);
            topology.eAllContents().forEachRemaining(elements::add);
        }
        return elements;
    }

    @Test
    void everyWrittenElementHasOneCopyAndTheCopyLeadsBack() {
        List<Topology> written = Labs.generated(6, 3, 4);
        SimulatedModel simulated = SimulatedModel.of(written);
        for (EObject original : inContainmentOrder(written)) {
            EObject copy = simulated.copyOf(original);
            assertNotSame(original, copy, "a copy, not the written element");
            assertEquals(original.eClass(), copy.eClass());
            assertSame(original, simulated.originalOf(copy), "the copy of " + original + " leads back to it");
        }
    }

    @Test
    void theTableIteratesInTheContainmentOrderOfTheOriginals() {
        List<Topology> written = Labs.generated(6, 3, 4);
        Map<EObject, EObject> copies = InstallTransformation.applyPlanned(written).copies();
        List<EObject> expected = inContainmentOrder(written);
        assertEquals(expected, new ArrayList<>(copies.keySet()), "keys in containment order");
        List<EObject> entries = new ArrayList<>();
        List<EObject> forEach = new ArrayList<>();
        copies.entrySet().forEach(entry -> entries.add(entry.getKey()));
        copies.forEach((original, copy) -> forEach.add(original));
        assertEquals(expected, entries, "entries in containment order");
        assertEquals(expected, forEach, "forEach in containment order");
        List<EObject> values = new ArrayList<>(copies.values());
        for (int index = 0; index < expected.size(); index++) {
            assertSame(copies.get(expected.get(index)), values.get(index), "values in the order of their keys");
        }
        assertEquals(expected.size(), copies.size());
    }

    @Test
    void theTableCannotBeChangedFromOutside() {
        Map<EObject, EObject> copies = InstallTransformation.applyPlanned(Labs.generated(2, 1, 1)).copies();
        EObject any = copies.keySet().iterator().next();
        assertThrows(UnsupportedOperationException.class, () -> copies.remove(any));
        assertThrows(UnsupportedOperationException.class, () -> copies.put(any, any));
    }
}
