package org.hvnet.ui.language;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.hvnet.dsl.formatting2.DocumentFormatter;
import org.hvnet.model.Topology;

/** Writes a model topology as .hvnet text: the language's serializer, then its formatter. */
public final class TopologyText {

    private final HvnetLanguage language;

    /** A writer with the language's services. */
    public TopologyText(HvnetLanguage language) {
        this.language = language;
    }

    /** The formatted text of {@code topology} (which must not be in a resource yet). */
    public String write(Topology topology) {
        XtextResourceSet resourceSet = language.get(XtextResourceSet.class);
        Resource resource = resourceSet.createResource(URI.createURI("synthetic:/output.hvnet"));
        resource.getContents().add(topology);
        String raw = language.get(ISerializer.class).serialize(topology, SaveOptions.newBuilder().getOptions());
        try {
            XtextResource parsed = language.parser().parseOnly(URI.createURI("synthetic:/formatted.hvnet"), raw,
                    java.util.Map.of());
            return language.get(DocumentFormatter.class).format(parsed);
        } catch (RuntimeException e) {
            return raw.endsWith("\n") ? raw : raw + "\n";
        }
    }
}
