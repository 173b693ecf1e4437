// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.formatting2;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.hvnet.model.Topology;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Writes a topology built in memory (e.g. the output of the install transformation) as .hvnet text: the Xtext
 * serializer, which lays the text out with the language's formatter as it writes it, so the text is what
 * {@code hvnet format} leaves unchanged. Used by the command line and the workbench alike.
 */
public class TopologyWriter {

    @Inject
    private Provider<XtextResourceSet> resourceSets;
    @Inject
    private ISerializer serializer;

    /** The formatted text of {@code topology}, which must not be contained in a resource yet. */
    public String write(Topology topology) {
        XtextResourceSet resourceSet = resourceSets.get();
        Resource resource = resourceSet.createResource(URI.createURI("synthetic:/output.hvnet"));
        resource.getContents().add(topology);
        String text = serializer.serialize(topology, SaveOptions.newBuilder().format().getOptions());
        return text.endsWith("\n") ? text : text + "\n";
    }
}
