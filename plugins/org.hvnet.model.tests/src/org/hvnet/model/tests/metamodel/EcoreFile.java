// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.metamodel;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/** The metamodel as the repository holds it: {@code plugins/org.hvnet.model/model/hvnet.ecore}, read with plain EMF. */
public final class EcoreFile {

    private EcoreFile() {
    }

    /** The repository root (system property {@code hvnet.root}, set by the build). */
    public static Path repositoryRoot() {
        return Path.of(System.getProperty("hvnet.root", "../..")).toAbsolutePath().normalize();
    }

    /** The package of {@code hvnet.ecore}, loaded from the file (not the generated code's registered package). */
    public static EPackage load() {
        Path file = repositoryRoot().resolve("plugins/org.hvnet.model/model/hvnet.ecore");
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource resource = resources.getResource(URI.createFileURI(file.toString()), true);
        return (EPackage) resource.getContents().get(0);
    }
}
