// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Brings a loaded resource to a new text with Xtext's partial parser ({@link XtextResource#update}) instead of a
 * reload: the text between the longest common start and end of the resource's text and the new one is the one region
 * replaced, so that whatever edits the client sent since the resource was last parsed (one, several coalesced, or a
 * build cancelled half-way) come down to the difference of two texts, never to a list that could be lost or applied
 * twice. The partial parser reparses the smallest element around the region (all of the text when the region is not
 * inside one, or where the text had or gets a syntax error), and the language's linker links what the edit changed.
 */
public final class InPlaceReparse {

    private InPlaceReparse() {
    }

    /**
     * Whether {@code resource} (loaded and parsed) now holds {@code text}: true when it held it already or when the
     * partial parser made it hold it; false when the resource could not be updated or its text after the update is
     * not {@code text} — the caller then unloads it (it may be left half-updated) and loads it anew.
     */
    public static boolean update(XtextResource resource, String text) {
        IParseResult parsed = resource.getParseResult();
        if (!resource.isLoaded() || resource.isLoading() || parsed == null || parsed.getRootNode() == null) {
            return false;
        }
        ReplaceRegion region = difference(parsed.getRootNode().getText(), text);
        if (region != null) {
            resource.update(region.getOffset(), region.getLength(), region.getText());
        }
        IParseResult updated = resource.getParseResult();
        return updated != null && updated.getRootNode() != null && text.equals(updated.getRootNode().getText())
                && (updated.getRootASTElement() == null ? resource.getContents().isEmpty()
                        : resource.getContents().size() == 1 && resource.getContents().get(0) == updated.getRootASTElement());
    }

    /** The one region of {@code before} whose replacement makes {@code after}, or null when they are equal. */
    static ReplaceRegion difference(String before, String after) {
        int shorter = Math.min(before.length(), after.length());
        int start = 0;
        while (start < shorter && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        if (start == before.length() && start == after.length()) {
            return null;
        }
        int end = 0;
        while (end < shorter - start && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        return new ReplaceRegion(new TextRegion(start, before.length() - start - end), after.substring(start, after.length() - end));
    }
}
