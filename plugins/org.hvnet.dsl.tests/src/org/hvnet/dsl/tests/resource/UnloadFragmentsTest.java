// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.hvnet.dsl.resource.FragmentWalk;
import org.hvnet.dsl.resource.HvnetResource;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.model.Topology;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A .hvnet resource names its objects as Xtext's own resource does, at a cost linear in its size: on every example and
 * on a generated data centre, loaded and after a change, each object's fragment is the one Xtext's resource gives; the
 * walk that unloads ({@link FragmentWalk}) hands out every object in EMF's order with EMF's fragment; each unloaded
 * object becomes a proxy with the URI Xtext's own resource gives it, and resolves in the reloaded file to the object
 * at the same place.
 */
class UnloadFragmentsTest {

    private static final URI FILE = URI.createURI("dummy:/model.hvnet");

    /** The examples and a generated data centre of 40 hosts (a list longer than those searched) with 3 VMs each. */
    static Stream<Arguments> models() {
        Stream<Arguments> examples = HvnetTestFiles.examples().stream()
                .map(file -> Arguments.of(file.getFileName().toString(), HvnetTestFiles.read(file)));
        return Stream.concat(examples,
                Stream.of(Arguments.of("generated", TopologyGenerator.generate(new GeneratorSettings(40, 3, 7)))));
    }

    @Test
    void theLanguageCreatesItsOwnResource() {
        XtextResourceSet set = HvnetTestFiles.injector().getInstance(XtextResourceSet.class);
        assertInstanceOf(HvnetResource.class, set.createResource(FILE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theWalkHandsOutEveryObjectWithTheFragmentEmfComputes(String name, String text) {
        XtextResource resource = load((XtextResource) HvnetTestFiles.injector().getInstance(XtextResourceSet.class).createResource(FILE), text);
        LazyLinkingResource stock = stockResource(text);
        List<EObject> objects = allContents(resource);
        List<EObject> stockObjects = allContents(stock);
        assertTrue(objects.size() > 10, "the model has objects");
        FragmentWalk walk = new FragmentWalk(resource.getContents());
        List<EObject> walked = new ArrayList<>();
        while (walk.hasNext()) {
            EObject object = walk.next();
            assertSame(object, walk.current());
            assertEquals(stock.getURIFragment(stockObjects.get(walked.size())), walk.fragment(), () -> "fragment of " + object);
            walked.add(object);
        }
        assertEquals(objects, walked, "the objects, in the order of the resource's contents");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aLoadedResourceNamesEveryObjectAsXtextsOwnResourceDoes(String name, String text) {
        XtextResource fast = load((XtextResource) HvnetTestFiles.injector().getInstance(XtextResourceSet.class).createResource(FILE), text);
        LazyLinkingResource stock = stockResource(text);
        assertSameFragments(stock, fast);
    }

    @Test
    void aChangedResourceNamesItsObjectsAnew() {
        String text = TopologyGenerator.generate(new GeneratorSettings(40, 1, 7));
        XtextResource fast = load((XtextResource) HvnetTestFiles.injector().getInstance(XtextResourceSet.class).createResource(FILE), text);
        LazyLinkingResource stock = stockResource(text);
        assertSameFragments(stock, fast);
        for (Resource resource : List.of(fast, stock)) {
            Topology topology = (Topology) resource.getContents().get(0);
            topology.getHosts().remove(0);
            topology.getHosts().move(1, topology.getHosts().size() - 1);
        }
        assertSameFragments(stock, fast);
    }

    private static void assertSameFragments(Resource stock, XtextResource fast) {
        List<EObject> stockObjects = allContents(stock);
        List<EObject> objects = allContents(fast);
        assertEquals(stockObjects.size(), objects.size());
        for (int i = 0; i < objects.size(); i++) {
            assertEquals(stock.getURIFragment(stockObjects.get(i)), fast.getURIFragment(objects.get(i)));
        }
    }

    private static LazyLinkingResource stockResource(String text) {
        XtextResourceSet stockSet = HvnetTestFiles.injector().getInstance(XtextResourceSet.class);
        LazyLinkingResource stock = HvnetTestFiles.injector().getInstance(LazyLinkingResource.class);
        stock.setURI(FILE);
        stockSet.getResources().add(stock);
        load(stock, text);
        assertFalse(stock instanceof HvnetResource, "the comparison is with Xtext's own resource");
        return stock;
    }

    @Test
    void pruningLeavesOutWhatAnObjectHolds() {
        XtextResource resource = load((XtextResource) HvnetTestFiles.injector().getInstance(XtextResourceSet.class).createResource(FILE),
                TopologyGenerator.generate(new GeneratorSettings(3, 2, 7)));
        FragmentWalk walk = new FragmentWalk(resource.getContents());
        EObject root = walk.next();
        walk.prune();
        assertSame(resource.getContents().get(0), root);
        assertFalse(walk.hasNext(), "only the root");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void unloadingMakesTheProxiesXtextMakesAndTheyResolveInTheReloadedFile(String name, String text) {
        XtextResource fast = load((XtextResource) HvnetTestFiles.injector().getInstance(XtextResourceSet.class).createResource(FILE), text);
        LazyLinkingResource stock = stockResource(text);
        List<EObject> unloaded = allContents(fast);
        List<EObject> stockUnloaded = allContents(stock);
        assertEquals(stockUnloaded.size(), unloaded.size());

        fast.unload();
        stock.unload();

        XtextResourceSet reloadedSet = HvnetTestFiles.injector().getInstance(XtextResourceSet.class);
        XtextResource reloaded = load((XtextResource) reloadedSet.createResource(FILE), text);
        List<EObject> reloadedObjects = allContents(reloaded);
        for (int i = 0; i < unloaded.size(); i++) {
            EObject proxy = unloaded.get(i);
            assertTrue(proxy.eIsProxy(), () -> "not a proxy after unloading: " + proxy);
            assertTrue(proxy.eAdapters().isEmpty(), "adapters removed");
            assertEquals(((InternalEObject) stockUnloaded.get(i)).eProxyURI(), ((InternalEObject) proxy).eProxyURI());
            EObject resolved = EcoreUtil.resolve(proxy, reloadedSet);
            assertSame(reloadedObjects.get(i), resolved, () -> "proxy " + ((InternalEObject) proxy).eProxyURI());
        }
    }

    private static <R extends Resource> R load(R resource, String text) {
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(resource.getContents().isEmpty(), "the text gives a model");
        return resource;
    }

    private static List<EObject> allContents(Resource resource) {
        List<EObject> objects = new ArrayList<>();
        resource.getAllContents().forEachRemaining(objects::add);
        return objects;
    }
}
