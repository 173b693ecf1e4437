// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.hvnet.dsl.ide.server.InPlaceReparse;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * When {@link InPlaceReparse} says a resource holds a text, it does; when it cannot make it so (a resource not loaded,
 * or one whose update does not end at the text), it says no, so that the builder reloads the file instead.
 */
class InPlaceReparseContractTest {

    private static final String TEXT = InPlaceReparseTest.estate(5);

    @Test
    void anEditAtTheStartInsideOrAtTheEndEndsAtTheNewText() throws IOException {
        XtextResource resource = loaded(HvnetTestFiles.injector().getInstance(XtextResourceSet.class).createResource(URI.createURI("a.hvnet")));
        for (String text : new String[] { "// first\n" + TEXT, TEXT.replace("H003", "H103"), TEXT + "host Z platform hyperv-2016 { }\n",
                TEXT.replace("{ bind vswitch", "{{ bind"), TEXT }) {
            assertTrue(InPlaceReparse.update(resource, text));
            assertEquals(text, resource.getParseResult().getRootNode().getText());
        }
    }

    @Test
    void theSameTextLeavesTheParseAsItWas() throws IOException {
        XtextResource resource = loaded(HvnetTestFiles.injector().getInstance(XtextResourceSet.class).createResource(URI.createURI("a.hvnet")));
        IParseResult parsed = resource.getParseResult();
        assertTrue(InPlaceReparse.update(resource, TEXT));
        assertSame(parsed, resource.getParseResult());
    }

    @Test
    void aResourceNotLoadedOrThatDoesNotEndAtTheTextIsRefused() throws IOException {
        XtextResource unloaded = (XtextResource) HvnetTestFiles.injector().getInstance(XtextResourceSet.class).createResource(URI.createURI("a.hvnet"));
        assertFalse(InPlaceReparse.update(unloaded, TEXT));

        XtextResource stuck = new XtextResource() {
            @Override
            public void update(int offset, int replacedTextLength, String newText) {
                // an update that changes nothing
            }
        };
        HvnetTestFiles.injector().injectMembers(stuck);
        stuck.setURI(URI.createURI("b.hvnet"));
        loaded(stuck);
        assertFalse(InPlaceReparse.update(stuck, TEXT.replace("H003", "H103")));
    }

    private static XtextResource loaded(org.eclipse.emf.ecore.resource.Resource resource) throws IOException {
        resource.load(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), null);
        return (XtextResource) resource;
    }
}
