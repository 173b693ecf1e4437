// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * What a plain EMF program does with an XMI topology and the metamodel file alone: loaded in a class loader that holds
 * nothing but EMF's own jars (see {@link XmiInPlainEmfTest}), it uses nothing of HVNet and no OSGi.
 */
public final class PlainEmfReader {

    /** The value types of the model, which plain EMF reads as strings. */
    private static final Set<String> VALUE_TYPES = Set.of("Ipv4Address", "Ipv4Cidr", "MacAddress", "VlanRange");

    private PlainEmfReader() {
    }

    /**
     * Loads {@code ecore} (registered in a fresh resource set only) and {@code xmi}, and returns every value of a
     * value-typed attribute as {@code feature=value}, in containment order; a value that is not a string is returned as
     * {@code feature=!ClassName}. The last entry is the XMI that plain EMF writes back.
     */
    public static List<String> read(String ecore, String xmi) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        EPackage metamodel = (EPackage) resourceSet.getResource(URI.createFileURI(ecore), true).getContents().get(0);
        resourceSet.getPackageRegistry().put(metamodel.getNsURI(), metamodel);
        Resource topology = resourceSet.getResource(URI.createFileURI(xmi), true);
        List<String> values = new ArrayList<>();
        if (!topology.getErrors().isEmpty()) {
            throw new IOException("plain EMF cannot read " + xmi + ": " + topology.getErrors());
        }
        List<EObject> objects = new ArrayList<>(topology.getContents());
        topology.getAllContents().forEachRemaining(o -> {
            if (o.eContainer() != null) {
                objects.add(o);
            }
        });
        for (EObject object : objects) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (VALUE_TYPES.contains(attribute.getEAttributeType().getName()) && object.eIsSet(attribute)) {
                    Object value = object.eGet(attribute);
                    for (Object one : value instanceof List<?> list ? list : List.of(value)) {
                        values.add(attribute.getName() + "=" + (one instanceof String ? one : "!" + one.getClass().getName()));
                    }
                }
            }
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        topology.save(written, Map.of());
        values.add(written.toString(StandardCharsets.UTF_8));
        return values;
    }
}
