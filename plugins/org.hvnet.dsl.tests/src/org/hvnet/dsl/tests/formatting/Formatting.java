// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.formatting;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.hvnet.dsl.formatting2.DocumentFormatter;
import org.hvnet.testing.HvnetTestFiles;

/** Formatting .hvnet texts as {@code hvnet format} does, and strictly (a formatter conflict fails the test). */
final class Formatting {

    private Formatting() {
    }

    /** The text formatted by {@link DocumentFormatter}; the text must parse without problems. */
    static String format(String text) {
        XtextResource resource = (XtextResource) HvnetTestFiles.parseClean(text).eResource();
        return HvnetTestFiles.injector().getInstance(DocumentFormatter.class).format(resource);
    }

    /** The text formatted with a request that throws on conflicting formatting instead of logging it. */
    static String formatStrictly(String text) {
        return formatStrictly((XtextResource) HvnetTestFiles.parseClean(text).eResource());
    }

    /** As {@link #formatStrictly(String)}, for a text that may have syntax errors (as an editor formats it). */
    static String formatWithErrors(String text) {
        return formatStrictly((XtextResource) HvnetTestFiles.load(text).topologies().get(0).eResource());
    }

    private static String formatStrictly(XtextResource resource) {
        ITextRegionAccess regions = HvnetTestFiles.injector().getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
        FormatterRequest request = HvnetTestFiles.injector().getInstance(FormatterRequest.class);
        request.setTextRegionAccess(regions);
        request.setExceptionHandler(ExceptionAcceptor.THROWING);
        List<ITextReplacement> replacements = HvnetTestFiles.injector().getInstance(IFormatter2.class).format(request);
        return regions.getRewriter().renderToString(replacements);
    }
}
