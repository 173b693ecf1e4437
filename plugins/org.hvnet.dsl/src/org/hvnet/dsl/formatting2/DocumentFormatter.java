// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed .hvnet resource with {@link HvnetFormatter} and returns the new text. */
public class DocumentFormatter {

    @Inject
    private Provider<TextRegionAccessBuilder> regionAccessBuilders;
    @Inject
    private Provider<FormatterRequest> requests;
    @Inject
    private Provider<IFormatter2> formatters;


    /** The formatted text of {@code resource}, which must have no syntax errors. */
    public String format(XtextResource resource) {
        if (!resource.getErrors().isEmpty() && resource.getErrors().stream().anyMatch(e -> !(e instanceof org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic))) {
            throw new IllegalArgumentException("a file with syntax errors is not formatted");
        }
        ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
        FormatterRequest request = requests.get();
        request.setTextRegionAccess(regions);
        List<ITextReplacement> replacements = formatters.get().format(request);
        return regions.getRewriter().renderToString(replacements);
    }
}
