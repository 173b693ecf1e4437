// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Inject;

/**
 * The language server's builder, which brings the loaded resource of an edited open document to the document's text
 * with the partial parser ({@link InPlaceReparse}) where Xtext's builder unloads it and parses the whole text again:
 * at every edit, for a file of thousands of hosts, that full parse, the new model and the garbage they leave were most
 * of the time to the diagnostics. Every other case is built as Xtext builds it (unloaded, then loaded anew): a file
 * that is not open (closed, or changed on disk), a deleted file, a file not loaded yet, and a resource the partial
 * parser could not bring to the document's text. References from other files into the edited one stay right: the
 * objects the partial parser replaces become proxies with the same URIs an unload gives them, and the objects it keeps
 * are the ones those files refer to. An open document is validated in two publications, the rules second
 * ({@link TwoPublishValidation}).
 */
public class InPlaceReparsingBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

    private static final Logger LOG = Logger.getLogger(InPlaceReparsingBuilder.class);

    @Inject
    private OpenDocumentTexts documents;

    @Inject
    private TwoPublishValidation findings;

    /**
     * Updates the resource of an edited open document in place; unloads every other resource as Xtext does. When the
     * edited document is the one file the build is for (typing), its first publication is made at once
     * ({@link TwoPublishValidation#publishQuick}): it needs the file parsed and linked, not the index.
     */
    @Override
    protected void unloadResource(URI uri) {
        BuildRequest request = getRequest();
        if (request.getDeletedFiles().contains(uri)) {
            findings.forget(uri);
        }
        String text = request.getDirtyFiles().contains(uri) && !request.getDeletedFiles().contains(uri) ? documents.textOf(uri) : null;
        Resource resource = text == null ? null : request.getResourceSet().getResource(uri, false);
        boolean updated = false;
        try {
            updated = resource instanceof XtextResource xtext && InPlaceReparse.update(xtext, text);
        } catch (RuntimeException e) {
            LOG.warn("hvnet: " + uri.lastSegment() + " is parsed anew: the partial parser failed on the edit", e);
        } finally {
            if (!updated) {
                super.unloadResource(uri);
            }
        }
        IResourceValidator validator = updated ? ((XtextResource) resource).getResourceServiceProvider().getResourceValidator() : null;
        if (validator != null && request.getDirtyFiles().size() == 1 && request.getDeletedFiles().isEmpty()) {
            findings.publishQuick((XtextResource) resource, validator, request);
        }
    }

    /** Validates a document open in the client in two publications, any other file in one ({@link TwoPublishValidation}). */
    @Override
    protected boolean validate(Resource resource) {
        IResourceValidator validator = getResourceServiceProvider(resource).getResourceValidator();
        if (validator != null && resource instanceof XtextResource xtext) {
            return findings.validate(xtext, validator, getRequest(), documents.textOf(resource.getURI()) != null);
        }
        return super.validate(resource);
    }
}
