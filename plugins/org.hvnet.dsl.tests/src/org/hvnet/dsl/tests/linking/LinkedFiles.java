// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.linking;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.hvnet.dsl.HvnetRuntimeModule;
import org.hvnet.testing.HvnetTestFiles;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * .hvnet files loaded in resource sets of the language whose linking service counts the references it resolves, and
 * the state of a file's links (every reference with the element it found, and the file's errors) to compare an edited
 * resource with a fresh load of the same text.
 */
final class LinkedFiles {

    /** The references resolved through the scopes since the count was last read. */
    static final AtomicInteger RESOLVED = new AtomicInteger();

    /** The language's linking service, counting its resolutions. */
    public static class CountingLinkingService extends DefaultLinkingService {

        @Override
        public List<EObject> getLinkedObjects(EObject context, EReference ref, INode node) throws IllegalNodeException {
            RESOLVED.incrementAndGet();
            return super.getLinkedObjects(context, ref, node);
        }
    }

    private static Injector injector;

    private LinkedFiles() {
    }

    /** A new resource set of the counting language. */
    static synchronized XtextResourceSet resourceSet() {
        if (injector == null) {
            HvnetTestFiles.injector(); // registers the language's package
            injector = Guice.createInjector(Modules.override(new HvnetRuntimeModule())
                    .with(binder -> binder.bind(ILinkingService.class).to(CountingLinkingService.class)));
        }
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("hvnet", injector.getInstance(IResourceFactory.class));
        return set;
    }

    /** {@code text} loaded as {@code name} in {@code set}. */
    static XtextResource load(XtextResourceSet set, String name, String text) {
        XtextResource resource = (XtextResource) set.createResource(URI.createURI("dummy:/" + name));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    /** The resolutions counted since the last call. */
    static int resolutions() {
        return RESOLVED.getAndSet(0);
    }

    /** The elements and references a resolution of {@code resource} looked at (it asks whether it is cancelled at each). */
    static int walked(XtextResource resource) {
        AtomicInteger checks = new AtomicInteger();
        EcoreUtil2.resolveLazyCrossReferences(resource, () -> checks.incrementAndGet() < 0);
        return checks.get();
    }

    /**
     * Every reference of {@code resource} (resolved first) as "source's fragment, reference: target's file#fragment"
     * or "unresolved 'text'", then its errors as "line: message", sorted.
     */
    static List<String> links(XtextResource resource) {
        EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
        List<String> links = new ArrayList<>();
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject source = all.next();
            for (EReference reference : source.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
                    continue;
                }
                Object value = source.eGet(reference, false);
                List<?> targets = reference.isMany() ? ((InternalEList<?>) value).basicList() : value == null ? List.of() : List.of(value);
                for (Iterator<?> it = targets.iterator(); it.hasNext();) {
                    EObject target = (EObject) it.next();
                    links.add(resource.getURIFragment(source) + " " + reference.getName() + ": " + describe(target, source, reference));
                }
            }
        }
        resource.getErrors().stream().map(e -> e.getLine() + ": " + e.getMessage()).sorted().forEach(links::add);
        return links;
    }

    private static String describe(EObject target, EObject source, EReference reference) {
        if (target.eIsProxy() || target.eResource() == null) {
            List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
            return "unresolved " + nodes.stream().map(NodeModelUtils::getTokenText).toList();
        }
        Resource resource = target.eResource();
        return resource.getURI().lastSegment() + "#" + resource.getURIFragment(target);
    }
}
