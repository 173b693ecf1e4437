package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.hvnet.cli.convert.XmiFormat;
import org.hvnet.dsl.tests.HvnetTestFiles;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert --to xmi} gives a file that plain EMF reads with the metamodel file alone: a fresh resource set, the
 * {@code hvnet.ecore} loaded dynamically, no generated package. Every IPv4 address, prefix, MAC and VLAN range is found,
 * as text; and what plain EMF writes back loads in the workbench's own code with the same values.
 */
class XmiInPlainEmfTest {

    /** The value types of the model, which plain EMF reads as strings. */
    private static final Set<String> VALUE_TYPES = Set.of("Ipv4Address", "Ipv4Cidr", "MacAddress", "VlanRange");

    @TempDir
    Path dir;

    private static ResourceSet plainEmf() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        return resourceSet;
    }

    /** The metamodel loaded from its file, registered in {@code resourceSet} only (over the generated package). */
    private static EPackage dynamicMetamodel(ResourceSet resourceSet) {
        Path ecore = HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.model/model/hvnet.ecore");
        Resource resource = resourceSet.getResource(URI.createFileURI(ecore.toString()), true);
        EPackage metamodel = (EPackage) resource.getContents().get(0);
        resourceSet.getPackageRegistry().put(metamodel.getNsURI(), metamodel);
        return metamodel;
    }

    /** Every value of a value-typed attribute below {@code root}, in containment order, as text. */
    private static List<String> values(EObject root) {
        List<String> values = new ArrayList<>();
        List<EObject> objects = new ArrayList<>(List.of(root));
        root.eAllContents().forEachRemaining(objects::add);
        for (EObject object : objects) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (!VALUE_TYPES.contains(attribute.getEAttributeType().getName()) || !object.eIsSet(attribute)) {
                    continue;
                }
                Object value = object.eGet(attribute);
                for (Object one : value instanceof List<?> list ? list : List.of(value)) {
                    values.add(attribute.getName() + "=" + one);
                }
            }
        }
        return values;
    }

    private Path xmiOf(String name, String text) throws IOException {
        Path source = Files.writeString(dir.resolve(name + ".hvnet"), text);
        Path xmi = dir.resolve(name + ".xmi");
        CommandRun run = CommandRun.of("convert", source.toString(), "--to", "xmi", "-o", xmi.toString());
        assertEquals(0, run.exitCode(), run::toString);
        return xmi;
    }

    private void everyValueIsReadByPlainEmf(String name, String text) throws IOException {
        Path xmi = xmiOf(name, text);
        ResourceSet resourceSet = plainEmf();
        EPackage metamodel = dynamicMetamodel(resourceSet);
        assertNotSame(HvnetPackage.eINSTANCE, metamodel);
        EDataType address = (EDataType) metamodel.getEClassifier("Ipv4Address");
        assertNull(address.getInstanceClass(), "plain EMF here does not see the model's value classes");

        Resource resource = resourceSet.getResource(URI.createFileURI(xmi.toString()), true);
        assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
        EObject root = resource.getContents().get(0);
        assertSame(metamodel, root.eClass().getEPackage(), "a dynamic object, not the generated class");

        List<String> expected = values(HvnetTestFiles.parseClean(text));
        List<String> found = values(root);
        assertFalse(expected.isEmpty());
        assertEquals(expected, found);
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
            EObject object = all.next();
            object.eClass().getEAllAttributes().stream().filter(a -> VALUE_TYPES.contains(a.getEAttributeType().getName()))
                    .filter(object::eIsSet).map(object::eGet)
                    .forEach(v -> (v instanceof List<?> list ? list : List.of(v)).forEach(one -> assertInstanceOf(String.class, one)));
        }

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        resource.save(written, Map.of());
        Path again = Files.writeString(dir.resolve(name + "-plain.xmi"), written.toString(StandardCharsets.UTF_8));
        Topology reread = XmiFormat.read(again);
        assertEquals(expected, values(reread), "plain EMF's XMI loads back in the model's own code");
    }

    @Test
    void everyAddressOfTheArticleIsReadByPlainEmf() throws IOException {
        everyValueIsReadByPlainEmf("article", HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet")));
    }

    @Test
    void everyValueOfTodaysHyperVIsReadByPlainEmf() throws IOException {
        everyValueIsReadByPlainEmf("today", HvnetTestFiles.todaysHyperV());
    }
}
