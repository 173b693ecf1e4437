// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.linking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.diagnostics.IDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;
import org.hvnet.dsl.resource.HvnetResource;
import org.hvnet.dsl.resource.ReplacedElement;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.Multimap;

/**
 * Xtext's lazy linker, which after a partial reparse that replaced one element in place links only what the edit can
 * have changed, where Xtext's clears every reference of the file and installs its lazy proxy again (and the builder
 * then resolves all of them through the scopes: for a file of 2,000 hosts, about 100,000 references at every edit;
 * issue 12, item 3). The new element and what it holds get their proxies as with Xtext's; of the elements the parse
 * kept, those {@link KeptReferences} names get theirs again from their cross-reference nodes (linked by name, never by
 * position); the others keep the elements they found. The file's imported names are kept (the names the kept
 * references looked up are still looked up), and so is the information of the lazy proxies installed before, but for
 * that of the replaced elements; a resolution of a resolved file then resolves the references of the linked elements
 * only ({@link HvnetResource#linkedInPart}). A load, a reparse of the whole text and a reparse that replaced several
 * elements are linked whole, as by Xtext's linker.
 */
public class PartialReparseLinker extends LazyLinker {

    @Override
    protected void beforeModelLinked(EObject model, IDiagnosticConsumer diagnosticsConsumer) {
        if (replacedInPlace(model) == null) {
            super.beforeModelLinked(model, diagnosticsConsumer);
        }
    }

    @Override
    protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
        ReplacedElement replaced = replacedInPlace(model);
        if (replaced == null) {
            super.doLinkModel(model, consumer);
            return;
        }
        Multimap<EStructuralFeature.Setting, INode> settingsToLink = ArrayListMultimap.create();
        IDiagnosticProducer producer = createDiagnosticProducer(consumer, model.eResource());
        List<EObject> linked = new ArrayList<>();
        getCache().execWithoutCacheClear(model.eResource(), new IUnitOfWork.Void<Resource>() {
            @Override
            public void process(Resource state) {
                linked.addAll(new KeptReferences(replaced).toRelink(model));
                EObject fresh = replaced.newElement();
                if (fresh != null) {
                    getAllLinkableContents(fresh).forEachRemaining(linked::add);
                }
                for (EObject element : linked) {
                    clearReferences(element);
                    installProxies(element, producer, settingsToLink);
                }
            }
        });
        installQueuedLinks(settingsToLink);
        ((HvnetResource) model.eResource()).linkedInPart(linked, replaced.removed());
    }

    /** The element replaced in place by the partial reparse being linked; null when {@code model} is to be linked whole. */
    private ReplacedElement replacedInPlace(EObject model) {
        Resource resource = model.eResource();
        return resource instanceof HvnetResource hvnet ? hvnet.replacedInPlace() : null;
    }
}
