// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.hvnet.dsl.HvnetRuntimeModule;
import org.hvnet.dsl.formatting2.TopologyWriter;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.model.Topology;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;

/**
 * Writing a model costs work linear in its size: the serializer names each reference by looking the target's name
 * up, not by comparing it with every element in scope. Counted, not timed: the elements the language's scopes hand
 * out or look through while a generated data centre of N and of 2N hosts is written. Quadratic work (the serializer
 * asking a scope for the names of an element, which Xtext answers by a scan) makes the count grow about 3.5 times
 * from 25 to 50 hosts; linear work, twice.
 */
class SerializationScalingTest {

    private static final int HOSTS = 25;

    private Injector counting;

    /** The elements visited while {@code hosts} hosts with 20 VMs each are written, and the text written. */
    private Map.Entry<Long, String> visitedWriting(int hosts) {
        String text = TopologyGenerator.generate(new GeneratorSettings(hosts, 20, 1));
        LoadedModel model = HvnetTestFiles.load(Map.of("generated.hvnet", text));
        assertEquals(List.of(), model.problems());
        Topology copy = EcoreUtil.copy(model.topologies().get(0));
        if (counting == null) {
            HvnetRuntimeModule language = new HvnetRuntimeModule();
            counting = Guice.createInjector(Modules.override(language).with(binder -> {
                binder.bind(IScopeProvider.class).to(CountingScopeProvider.class);
                binder.bind(IScopeProvider.class).annotatedWith(Names.named(CountingScopeProvider.COUNTED)).to(language.bindIScopeProvider());
            }));
        }
        long before = CountingScopeProvider.VISITED.get();
        String written = counting.getInstance(TopologyWriter.class).write(copy);
        return Map.entry(CountingScopeProvider.VISITED.get() - before, written);
    }

    @Test
    void writingTwiceTheHostsVisitsAtMostTwiceTheElements() {
        Map.Entry<Long, String> small = visitedWriting(HOSTS);
        Map.Entry<Long, String> large = visitedWriting(2 * HOSTS);
        double growth = (double) large.getKey() / small.getKey();
        assertTrue(small.getKey() > 0, "the counting scopes were not used");
        assertTrue(growth <= 2.3, () -> "elements visited: " + small.getKey() + " for " + HOSTS + " hosts, " + large.getKey()
                + " for " + 2 * HOSTS + " hosts (x" + growth + ")");
    }

    @Test
    void eachReferenceIsNamedByOneLookUp() {
        Map.Entry<Long, String> written = visitedWriting(HOSTS);
        LoadedModel reparsed = HvnetTestFiles.load(Map.of("written.hvnet", written.getValue()));
        assertEquals(List.of(), reparsed.problems(), written::getValue);
        long references = references(reparsed.topologies().get(0));
        assertTrue(references > HOSTS * 20, "the generated model has references of every VM NIC to its switch");
        // the serializer asks once to check that it can write a reference (ICrossReferenceSerializer.isValid), once to write it
        assertTrue(written.getKey() <= 2 * references, () -> written.getKey() + " elements visited for " + references + " references");
    }

    /** The cross-references written in {@code topology} (entries of reference lists counted one by one). */
    private static long references(Topology topology) {
        long references = 0;
        for (var contents = topology.eAllContents(); contents.hasNext();) {
            EObject element = contents.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived() && element.eIsSet(reference)) {
                    references += reference.isMany() ? ((List<?>) element.eGet(reference)).size() : 1;
                }
            }
        }
        return references;
    }
}
