// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.convert;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Topology;

/** EMF's own XMI format for a topology: what EMF tools read and write, the baseline of the .hvnet language. */
public final class XmiFormat {

    /** The file extension of XMI topologies. */
    public static final String EXTENSION = "xmi";

    private XmiFormat() {
    }

    /** The XMI text (UTF-8) of a copy of {@code topology}. */
    public static String write(Topology topology, String fileName) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createFileURI(fileName));
        resource.getContents().add(EcoreUtil.copy(topology));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads the topology of the XMI document {@code bytes}, read from the input named {@code name}.
     *
     * @throws IOException when it holds no topology (the message names the input)
     */
    public static Topology read(byte[] bytes, String name) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createURI("input:/topology." + EXTENSION));
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            resource.load(in, Map.of());
        } catch (IOException | RuntimeException e) {
            throw new IOException(name + ": not an XMI topology (" + e.getMessage() + ")", e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Topology topology)) {
            throw new IOException(name + ": holds no " + HvnetPackage.eNS_URI + " topology");
        }
        return topology;
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(HvnetPackage.eNS_URI, HvnetPackage.eINSTANCE);
        return resourceSet;
    }
}
