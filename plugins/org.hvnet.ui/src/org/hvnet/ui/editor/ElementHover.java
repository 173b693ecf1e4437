// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.dsl.ide.hover.ElementDescription;
import org.hvnet.dsl.ide.hover.SimulatedAddresses;
import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.ui.HvnetUiPlugin;

/**
 * What the element under the mouse is, with its simulated addresses: the lines of the language's
 * {@link ElementDescription} (the language server's hovers show the same). Hovers are computed off the UI thread;
 * the address table is computed once per reconcile.
 */
final class ElementHover {

    private static final Map<ReconcileResult, List<InterfaceAddress>> ADDRESSES = new WeakHashMap<>();

    private ElementHover() {
    }

    static List<String> describe(HvnetEditor editor, int offset) {
        ReconcileResult latest = editor.latestReconcile();
        if (latest == null) {
            return List.of();
        }
        XtextResource resource = latest.parsed().resource();
        EObject element = editor.language().get(EObjectAtOffsetHelper.class).resolveElementAt(resource, offset);
        return ElementDescription.lines(element, () -> addresses(latest));
    }

    private static List<InterfaceAddress> addresses(ReconcileResult result) {
        synchronized (ADDRESSES) {
            List<InterfaceAddress> cached = ADDRESSES.get(result);
            if (cached != null) {
                return cached;
            }
        }
        List<InterfaceAddress> rows;
        try {
            rows = SimulatedAddresses.of(result.parsed().resource().getResourceSet());
        } catch (RuntimeException e) {
            HvnetUiPlugin.warn("hovers show no addresses: the simulation cannot take the model as it is typed", e);
            rows = List.of();
        }
        synchronized (ADDRESSES) {
            ADDRESSES.put(result, rows);
        }
        return rows;
    }
}
