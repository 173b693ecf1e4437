// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.server;

import java.net.URISyntaxException;
import java.net.URL;

import org.eclipse.jetty.server.ResourceService;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.URLResourceFactory;

/**
 * The web client's files, the {@code web/} folder of this bundle, served by Jetty's resource handler: only what is
 * in that folder (no listing), whether the bundle is a jar or a folder. Jetty reads them through the class loader's
 * URLs ({@code bundleresource:} in OSGi, {@code jar:} or {@code file:} outside).
 */
final class ClientFiles {

    private ClientFiles() {
    }

    /** The client's files in the context {@code /}, {@code /} serving {@code index.html}. */
    static ContextHandler handler() {
        ResourceHandler handler = new ResourceHandler();
        handler.setBaseResource(webFolder());
        handler.setDirAllowed(false);
        handler.setWelcomeFiles("index.html");
        handler.setWelcomeMode(ResourceService.WelcomeMode.SERVE);
        handler.setCacheControl("no-store");
        handler.setEtags(false);
        return new ContextHandler(handler, "/");
    }

    private static Resource webFolder() {
        URL page = ClientFiles.class.getClassLoader().getResource("web/index.html");
        if (page == null) {
            throw new IllegalStateException("the diagram client is missing from the org.hvnet.diagram bundle (web/index.html)");
        }
        try {
            return new URLResourceFactory().newResource(page.toURI().resolve("."));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the diagram client at " + page, e);
        }
    }
}
