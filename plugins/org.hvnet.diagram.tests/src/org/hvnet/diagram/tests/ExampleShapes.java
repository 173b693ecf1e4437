// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.testing.HvnetTestFiles;

/** The shapes of a diagram by id, and the examples of the repository opened as documents in a test's folder. */
final class ExampleShapes {

    private final Map<String, GModelElement> byId = new HashMap<>();

    ExampleShapes(DiagramGraph graph) {
        byId.put(graph.root().getId(), graph.root());
        for (TreeIterator<EObject> all = graph.root().eAllContents(); all.hasNext();) {
            if (all.next() instanceof GModelElement element) {
                byId.put(element.getId(), element);
            }
        }
    }

    /** The example {@code name} of {@code examples/}, copied into {@code dir}. */
    static TopologyDocument example(Path dir, String name) {
        return ArticleCopy.open(dir, name, HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples").resolve(name)));
    }

    /** The shape {@code id}, which must be there. */
    GModelElement get(String id) {
        GModelElement element = byId.get(id);
        assertNotNull(element, () -> id + " is not in the diagram; ids: " + byId.keySet());
        return element;
    }

    /** The text of the label {@code id}, which must be there. */
    String text(String id) {
        return ((GLabel) get(id)).getText();
    }

    /** True when the diagram has a shape {@code id}. */
    boolean has(String id) {
        return byId.containsKey(id);
    }
}
