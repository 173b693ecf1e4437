// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.internal.RootDocument;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.dsl.formatting2.HvnetFormatter;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * The formatter looks its replacers up from the previous look-up instead of by Xtext's binary search: the layout
 * must be exactly the one Xtext's own replacer set gives, for texts whose replacers arrive in text order (laid out
 * already), out of order and in conflict (messy texts: flat indentation, everything on few lines).
 */
@SuppressWarnings("restriction")
class ReplacerLookupFormattingTest {

    /** The language's formatter with Xtext's stock replacer set. */
    static final class StockReplacerSetFormatter extends HvnetFormatter {
        @Override
        public IFormattableDocument createFormattableRootDocument() {
            return new RootDocument(this);
        }
    }

    @Test
    void layoutIsTheOneOfXtextsReplacerSet() {
        List<String> texts = new ArrayList<>();
        for (Path example : HvnetTestFiles.examples()) {
            String text = HvnetTestFiles.read(example);
            texts.add(text);
            texts.add(text.replaceAll("(?m)^[ \\t]+", "").replaceAll("\\n\\n+", "\n"));
        }
        String generated = TopologyGenerator.generate(new GeneratorSettings(3, 20, 1));
        texts.add(generated);
        texts.add(generated.replaceAll("(?m)^[ \\t]+", "").replace(" {\n", "{").replace("}\n", "} "));
        int changed = 0;
        for (String text : texts) {
            String ordered = format(text, HvnetTestFiles.injector().getInstance(HvnetFormatter.class));
            assertEquals(format(text, HvnetTestFiles.injector().getInstance(StockReplacerSetFormatter.class)), ordered, text);
            changed += ordered.equals(text) ? 0 : 1;
        }
        assertNotEquals(0, changed, "some text was laid out anew");
    }

    private static String format(String text, HvnetFormatter formatter) {
        XtextResource resource = (XtextResource) HvnetTestFiles.load(text).topologies().get(0).eResource();
        ITextRegionAccess regions = HvnetTestFiles.injector().getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
        FormatterRequest request = HvnetTestFiles.injector().getInstance(FormatterRequest.class);
        request.setTextRegionAccess(regions);
        return regions.getRewriter().renderToString(formatter.format(request));
    }
}
