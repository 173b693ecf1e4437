// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.metamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

/**
 * {@code model/hvnet-dynamic.ecore} is {@code model/hvnet.ecore} with its value types (IPv4 address, prefix, MAC, VLAN
 * range) as strings, so that EMF without the model's code (dynamic EMF) can hold their values: it is derived from the
 * metamodel and cannot drift, this test regenerates it and fails when the file differs. With
 * {@code -Dhvnet.updateDocs=true} it writes the file instead.
 */
class DynamicMetamodelTest {

    private static final Pattern VALUE_CLASS = Pattern.compile("instanceClassName=\"org\\.hvnet\\.model\\.values\\.\\w+\"");

    private static Path model(String name) {
        return Path.of(System.getProperty("hvnet.root", "../..")).toAbsolutePath().normalize()
                .resolve("plugins/org.hvnet.model/model").resolve(name);
    }

    /** The dynamic metamodel's text: the metamodel's, value classes replaced by {@code java.lang.String}. */
    static String derived(String metamodel) {
        String strings = VALUE_CLASS.matcher(metamodel).replaceAll("instanceClassName=\"java.lang.String\"");
        int afterDeclaration = strings.indexOf("?>") + 2;
        return strings.substring(0, afterDeclaration) + "\n<!-- Derived from hvnet.ecore by DynamicMetamodelTest (do not edit): the same"
                + " metamodel, with the value types as strings, for EMF without HVNet's code. -->" + strings.substring(afterDeclaration);
    }

    @Test
    void theDynamicMetamodelIsDerivedFromTheMetamodel() throws IOException {
        Path file = model("hvnet-dynamic.ecore");
        String generated = derived(Files.readString(model("hvnet.ecore")));
        if (Boolean.getBoolean("hvnet.updateDocs")) {
            Files.writeString(file, generated);
        }
        String written = Files.exists(file) ? Files.readString(file) : "";
        assertEquals(generated, written, "model/hvnet-dynamic.ecore is out of date: regenerate it with "
                + "./mvnw -B verify -Dhvnet.updateDocs=true (the test DynamicMetamodelTest writes it), then commit it");
    }

    @Test
    void itDiffersOnlyInTheValueTypesWhichAreStrings() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        EPackage metamodel = load(resourceSet, "hvnet.ecore");
        EPackage dynamic = load(resourceSet, "hvnet-dynamic.ecore");
        List<String> valueTypes = List.of("Ipv4Address", "Ipv4Cidr", "MacAddress", "VlanRange");
        for (String name : valueTypes) {
            EDataType type = (EDataType) dynamic.getEClassifier(name);
            assertEquals(String.class, type.getInstanceClass(), name);
            assertTrue(type.isInstance("10.0.0.1"), name);
            ((EDataType) metamodel.getEClassifier(name)).setInstanceClassName("java.lang.String");
        }
        assertTrue(EcoreUtil.equals(metamodel, dynamic), "the same classes, features and documentation");
    }

    private static EPackage load(ResourceSet resourceSet, String name) {
        return (EPackage) resourceSet.getResource(URI.createFileURI(model(name).toString()), true).getContents().get(0);
    }
}
