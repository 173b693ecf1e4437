// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.language;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.model.Topology;

/**
 * One parse and validation of a .hvnet text: the resource (model and node model) and the problems found, each
 * with its rule id. Immutable once built; the editor keeps the latest one.
 *
 * @param text the text that was parsed
 * @param resource the parsed resource, in a resource set of its own
 * @param problems the syntax, link and rule problems, in text order
 * @param parseMillis the time to parse and link
 * @param validateMillis the time to validate
 */
public record ParsedText(String text, XtextResource resource, List<TextProblem> problems, long parseMillis,
        long validateMillis) {

    /** The topology written in the text, or null when the text does not start with one. */
    public Topology topology() {
        return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Topology t ? t : null;
    }
}
