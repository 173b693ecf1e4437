// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.hvnet.model.Interface;
import org.hvnet.model.NamedElement;
import org.hvnet.simulation.diff.AddressChange;
import org.hvnet.simulation.diff.ElementChange;
import org.hvnet.simulation.diff.ModelDifference;

/**
 * The changes layer: what differs from an older version of the model, marked on the diagram of the newer one. An element
 * added gets the css class {@value #ADDED}, one changed {@value #CHANGED} (argument {@code change}: what changed), an
 * interface whose address changed (rules) {@value #ADDRESS} (argument {@code addressChange}: old and new),
 * and so does its address label; a compact host of the overview with such an element inside {@value #INSIDE}. What is
 * not drawn (the elements removed) is listed in the layer's panel ({@link ChangesPanel}).
 */
public record ChangesOverlay(String since, ModelDifference difference, String problem) {

    /** Css class of an element added. */
    public static final String ADDED = "change-added";
    /** Css class of an element changed. */
    public static final String CHANGED = "change-changed";
    /** Css class of an interface whose address changed, and of its address label. */
    public static final String ADDRESS = "change-address";
    /** Css class of a shape that holds, undrawn, an element added or changed or an address changed. */
    public static final String INSIDE = "change-inside";

    /** Marks the changes in the built {@code graph} and adds the panel. */
    public void apply(DiagramGraph graph) {
        if (difference != null) {
            mark(graph);
        }
        ChangesPanel.add(graph.root(), this);
    }

    private void mark(DiagramGraph graph) {
        Set<String> added = names(difference.elements().added());
        Map<String, ElementChange> changed = difference.elements().changed().stream()
                .collect(Collectors.toMap(ElementChange::name, change -> change, (a, b) -> a));
        Map<String, AddressChange> addresses = difference.addresses().stream()
                .collect(Collectors.toMap(AddressChange::iface, change -> change, (a, b) -> a));
        Map<EObject, String> ids = graph.shapeIds();
        Map<String, GModelElement> shapes = new HashMap<>();
        graph.root().eAllContents().forEachRemaining(o -> {
            if (o instanceof GModelElement shape) {
                shapes.put(shape.getId(), shape);
            }
        });
        for (var topology : graph.topologies()) {
            topology.eAllContents().forEachRemaining(o -> {
                if (o instanceof NamedElement element) {
                    String name = ElementChange.nameOf(element);
                    AddressChange address = element instanceof Interface ? addresses.get(SimulatedAddresses.label(element)) : null;
                    String mark = added.contains(name) ? ADDED : changed.containsKey(name) ? CHANGED : null;
                    if (mark != null || address != null) {
                        mark(element, graph.shownId(element, ids), ids, shapes, mark, changed.get(name), address);
                    }
                }
            });
        }
    }

    private static void mark(EObject element, String id, Map<EObject, String> ids, Map<String, GModelElement> shapes, String mark,
            ElementChange change, AddressChange address) {
        GModelElement shape = id == null ? null : shapes.get(id);
        if (shape == null) {
            return;
        }
        if (!id.equals(ids.get(element))) {
            addClass(shape, INSIDE);
            return;
        }
        if (mark != null) {
            addClass(shape, mark);
            shape.getArgs().put("change", change == null ? "added" : String.join("; ", change.changes()));
        }
        if (address != null) {
            addClass(shape, ADDRESS);
            shape.getArgs().put("addressChange", text(address.oldAddress(), address.oldSource()) + " \u2192 "
                    + text(address.newAddress(), address.newSource()));
            GModelElement label = shapes.get(id + "#address");
            if (label != null) {
                addClass(label, ADDRESS);
            }
        }
    }

    /** An address and where it came from, or {@code none}. */
    static String text(String address, String source) {
        return address == null ? "none" : address + (source == null ? "" : " " + source);
    }

    private static void addClass(GModelElement shape, String cssClass) {
        if (!shape.getCssClasses().contains(cssClass)) {
            shape.getCssClasses().add(cssClass);
        }
    }

    private static Set<String> names(List<ElementChange> changes) {
        return changes.stream().map(ElementChange::name).collect(Collectors.toSet());
    }
}
