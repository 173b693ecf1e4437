// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Topology;

/** The XMI baseline: a topology saved once in EMF's XMI, then loaded with plain EMF and every reference resolved. */
public final class XmiFiles {

    private XmiFiles() {
    }

    /** Saves a copy of {@code topology} as XMI to {@code file} (whole, via {@link OutputFiles}). */
    public static void save(Topology topology, Path file) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(EcoreUtil.copy(topology));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        OutputFiles.write(file, bytes.toByteArray());
    }

    /** Loads {@code file} with {@link XMIResourceImpl} into a fresh resource set and resolves every reference. */
    public static Topology load(Path file) throws IOException {
        ResourceSet resourceSet = newResourceSet();
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resourceSet.getResources().add(resource);
        resource.load(Map.of());
        EcoreUtil.resolveAll(resourceSet);
        return (Topology) resource.getContents().get(0);
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(HvnetPackage.eNS_URI, HvnetPackage.eINSTANCE);
        return resourceSet;
    }
}
