package org.hvnet.dsl.formatting2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.hvnet.model.Topology;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Writes a topology built in memory (e.g. the output of the install transformation) as .hvnet text: the Xtext
 * serializer, then the text parsed again and laid out by the language's formatter. Used by the command line and
 * the workbench alike.
 */
public class TopologyWriter {

    private static final Logger LOG = Logger.getLogger(TopologyWriter.class);

    @Inject
    private Provider<XtextResourceSet> resourceSets;
    @Inject
    private ISerializer serializer;
    @Inject
    private DocumentFormatter formatter;

    /** The formatted text of {@code topology}, which must not be contained in a resource yet. */
    public String write(Topology topology) {
        XtextResourceSet resourceSet = resourceSets.get();
        Resource resource = resourceSet.createResource(URI.createURI("synthetic:/output.hvnet"));
        resource.getContents().add(topology);
        String raw = serializer.serialize(topology, SaveOptions.newBuilder().getOptions());
        XtextResource parsed = (XtextResource) resourceSet.createResource(URI.createURI("synthetic:/formatted.hvnet"));
        try {
            parsed.load(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
            return formatter.format(parsed);
        } catch (IOException | RuntimeException e) {
            LOG.error("the formatter failed on the written topology (" + e + "): it is written unformatted, as the serializer gave it");
            return raw.endsWith("\n") ? raw : raw + "\n";
        }
    }
}
