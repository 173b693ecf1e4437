// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hvnet.model.Expectation;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Topology;
import org.hvnet.model.values.NameText;

/**
 * Every named element of a model (hosts, NICs, switches, host vNICs, VMs and their NICs, networks, NATs) by its
 * qualified name — owner first, as .hvnet writes names, a host vNIC by its host — with what it says: its attributes,
 * the elements it references (by qualified name) and its unnamed parts (addresses, bindings, planned install...),
 * each as {@code feature = value}. Expectations are compared on their own, not as elements.
 */
final class ElementDescriptions {

    /** One element: its kind ({@code host}, {@code switch}, {@code vm-nic}...) and its features in metamodel order. */
    record Description(String kind, Map<String, String> features) {
    }

    private ElementDescriptions() {
    }

    /** The named elements of {@code topologies}, in model order. */
    static Map<String, Description> of(Collection<Topology> topologies) {
        Map<String, Description> elements = new LinkedHashMap<>();
        for (Topology topology : topologies) {
            for (EObject child : topology.eContents()) {
                collect(child, elements);
            }
        }
        return elements;
    }

    private static void collect(EObject object, Map<String, Description> elements) {
        if (object instanceof Expectation) {
            return;
        }
        if (object instanceof NamedElement named) {
            Map<String, String> features = new LinkedHashMap<>();
            describe(object, "", features);
            elements.putIfAbsent(qualifiedName(named), new Description(kind(object), features));
        }
        for (EObject child : object.eContents()) {
            collect(child, elements);
        }
    }

    /** The attributes, references and unnamed parts of {@code object}, under {@code prefix}. */
    private static void describe(EObject object, String prefix, Map<String, String> features) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || (prefix.isEmpty() && feature.getName().equals("name"))) {
                continue;
            }
            Object value = object.eGet(feature);
            String key = prefix + feature.getName();
            if (feature instanceof EAttribute) {
                String text = text(value);
                if (object.eIsSet(feature) && !text.isEmpty()) {
                    features.put(key, text);
                }
            } else if (((EReference) feature).isContainment()) {
                List<EObject> parts = new ArrayList<>();
                if (value instanceof Collection<?> many) {
                    many.forEach(part -> parts.add((EObject) part));
                } else if (value != null) {
                    parts.add((EObject) value);
                }
                for (int i = 0; i < parts.size(); i++) {
                    if (!(parts.get(i) instanceof NamedElement)) {
                        String part = key + (parts.size() > 1 ? "[" + (i + 1) + "]" : "");
                        features.put(part, partKind(parts.get(i)));
                        describe(parts.get(i), part + ".", features);
                    }
                }
            } else if (object.eIsSet(feature)) {
                List<String> targets = new ArrayList<>();
                if (value instanceof Collection<?> many) {
                    many.forEach(target -> targets.add(reference((EObject) target)));
                } else if (value != null) {
                    targets.add(reference((EObject) value));
                }
                features.put(key, String.join(", ", targets));
            }
        }
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> many) {
            List<String> items = new ArrayList<>();
            many.forEach(item -> items.add(String.valueOf(item)));
            return String.join(", ", items);
        }
        return value == null ? "" : String.valueOf(value);
    }

    private static String reference(EObject target) {
        return target instanceof NamedElement named && !target.eIsProxy() ? qualifiedName(named) : "?";
    }

    /** Owner first, each name as .hvnet writes it; a host vNIC by its host (as diagnostics and traces name it). */
    static String qualifiedName(NamedElement element) {
        StringBuilder name = new StringBuilder(NameText.asWritten(String.valueOf(element.getName())));
        EObject container = element.eContainer();
        if (element instanceof HostVirtualNic && container != null) {
            container = container.eContainer(); // the switch's host
        }
        for (; container instanceof NamedElement owner && !(container instanceof Topology); container = container.eContainer()) {
            name.insert(0, NameText.asWritten(String.valueOf(owner.getName())) + ".");
        }
        return name.toString();
    }

    /** What an unnamed part is: {@code static} or {@code dhcp} for IPv4 settings, else its class in lower case. */
    private static String partKind(EObject part) {
        String name = part.eClass().getName();
        return name.endsWith("Ipv4Config") ? name.substring(0, name.length() - "Ipv4Config".length()).toLowerCase(java.util.Locale.ROOT)
                : name.toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code host}, {@code nic}, {@code switch}, {@code host-vnic}, {@code vm}, {@code vm-nic}, {@code network}, ... */
    static String kind(EObject object) {
        return switch (object.eClass().getName()) {
        case "PhysicalNic" -> "nic";
        case "VirtualSwitch" -> "switch";
        case "HostVirtualNic" -> "host-vnic";
        case "VirtualMachine" -> "vm";
        case "VmNic" -> "vm-nic";
        case "NetNat" -> "netnat";
        default -> object.eClass().getName().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
