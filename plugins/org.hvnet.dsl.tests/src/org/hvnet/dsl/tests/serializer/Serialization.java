// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.Topology;

/**
 * Serializing topologies to .hvnet text and parsing the text back: the two models must be equal, attribute by
 * attribute and reference by reference (EcoreUtil's EqualityHelper).
 */
final class Serialization {

    private Serialization() {
    }

    /** The text of {@code topology}, which must be in a resource of an Xtext resource set. */
    static String serialize(Topology topology) {
        return HvnetTestFiles.injector().getInstance(ISerializer.class).serialize(topology, SaveOptions.newBuilder().getOptions());
    }

    /** Copies of the topologies in a fresh resource set, without node model, so that nothing of the parsed text is reused. */
    static List<Topology> detachedCopies(List<Topology> topologies) {
        XtextResourceSet resourceSet = HvnetTestFiles.injector().getInstance(XtextResourceSet.class);
        List<Topology> copies = new ArrayList<>(EcoreUtil.copyAll(topologies));
        for (int i = 0; i < copies.size(); i++) {
            Resource resource = resourceSet.createResource(URI.createURI("copy" + i + ".hvnet"));
            resource.getContents().add(copies.get(i));
        }
        return copies;
    }

    /**
     * Serializes every topology, parses all texts back together (names resolve across them) and asserts that each
     * parsed topology equals its original.
     */
    static void assertRoundTrip(List<Topology> originals) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < originals.size(); i++) {
            texts.put("serialized" + i + ".hvnet", serialize(originals.get(i)));
        }
        LoadedModel reparsed = HvnetTestFiles.load(texts);
        assertEquals(List.of(), reparsed.problems(), () -> "the serialized text does not parse back:\n" + texts);
        assertEquals(originals.size(), reparsed.topologies().size());
        EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
        for (int i = 0; i < originals.size(); i++) {
            EObject original = originals.get(i);
            EObject parsed = reparsed.topologies().get(i);
            String text = texts.get("serialized" + i + ".hvnet");
            assertTrue(equality.equals(original, parsed), () -> "the model parsed from the serialized text differs:\n" + text);
        }
    }
}
