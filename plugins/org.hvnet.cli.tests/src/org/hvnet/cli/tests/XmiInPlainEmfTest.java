// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.hvnet.cli.convert.XmiFormat;
import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code convert --to xmi} gives a file that plain EMF reads with the metamodel file alone: {@link PlainEmfReader} runs in
 * a class loader holding EMF's three jars and nothing else (no HVNet class, no OSGi), loads {@code hvnet-dynamic.ecore}
 * (the metamodel with its value types as strings) dynamically and the XMI; every IPv4 address, prefix, MAC and VLAN range
 * is found, as text; and the XMI that plain EMF writes back loads in the workbench's own code with the same values.
 */
class XmiInPlainEmfTest {

    /** The value types of the model, which plain EMF reads as strings. */
    private static final Set<String> VALUE_TYPES = Set.of("Ipv4Address", "Ipv4Cidr", "MacAddress", "VlanRange");

    @TempDir
    Path dir;

    /** Every value of a value-typed attribute below {@code root}, in containment order, as {@code feature=text}. */
    private static List<String> values(EObject root) {
        List<String> values = new ArrayList<>();
        List<EObject> objects = new ArrayList<>(List.of(root));
        root.eAllContents().forEachRemaining(objects::add);
        for (EObject object : objects) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (VALUE_TYPES.contains(attribute.getEAttributeType().getName()) && object.eIsSet(attribute)) {
                    Object value = object.eGet(attribute);
                    for (Object one : value instanceof List<?> list ? list : List.of(value)) {
                        values.add(attribute.getName() + "=" + one);
                    }
                }
            }
        }
        return values;
    }

    /** A class loader with EMF's common, ecore and xmi jars only, and {@link PlainEmfReader} defined in it. */
    private static Class<?> plainEmf() throws Exception {
        List<URL> jars = new ArrayList<>();
        for (Class<?> emf : List.of(URI.class, EObject.class, XMIResourceFactoryImpl.class)) {
            File jar = FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(emf)).orElseThrow();
            jars.add(jar.toURI().toURL());
        }
        URLClassLoader emfOnly = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        byte[] reader;
        try (InputStream in = PlainEmfReader.class.getResourceAsStream("PlainEmfReader.class")) {
            reader = in.readAllBytes();
        }
        return new ClassLoader(emfOnly) {
            Class<?> define() {
                return defineClass(PlainEmfReader.class.getName(), reader, 0, reader.length);
            }
        }.define();
    }

    @SuppressWarnings("unchecked")
    private void everyValueIsReadByPlainEmf(String name, String text) throws Exception {
        Path source = Files.writeString(dir.resolve(name + ".hvnet"), text);
        Path xmi = dir.resolve(name + ".xmi");
        CommandRun run = CommandRun.of("convert", source.toString(), "--to", "xmi", "-o", xmi.toString());
        assertEquals(0, run.exitCode(), run::toString);
        Path ecore = HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.model/model/hvnet-dynamic.ecore");

        Class<?> reader = plainEmf();
        assertThrows(ClassNotFoundException.class, () -> reader.getClassLoader().loadClass("org.hvnet.model.values.Ipv4Address"),
                "plain EMF here knows nothing of the model's code");
        List<String> found = new ArrayList<>((List<String>) reader.getMethod("read", String.class, String.class).invoke(null,
                ecore.toString(), xmi.toString()));
        String writtenBack = found.remove(found.size() - 1);

        List<String> expected = values(HvnetTestFiles.parseClean(text));
        assertFalse(expected.isEmpty());
        assertEquals(expected, found, "every value, as a string");

        Path again = Files.writeString(dir.resolve(name + "-plain.xmi"), writtenBack);
        Topology reread = XmiFormat.read(Files.readAllBytes(again), again.toString());
        assertEquals(expected, values(reread), "plain EMF's XMI loads back in the model's own code");
    }

    @Test
    void everyAddressOfTheArticleIsReadByPlainEmf() throws Exception {
        everyValueIsReadByPlainEmf("article", HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet")));
    }

    @Test
    void everyValueOfTodaysHyperVIsReadByPlainEmf() throws Exception {
        everyValueIsReadByPlainEmf("today", HvnetTestFiles.todaysHyperV());
    }
}
