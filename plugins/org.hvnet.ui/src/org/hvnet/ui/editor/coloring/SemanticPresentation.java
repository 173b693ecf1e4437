// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.coloring;

import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.hvnet.dsl.ide.highlighting.SemanticRanges;

/**
 * Lays the semantic ranges of the last reconcile over the lexical colouring of a viewer. Between an edit and the
 * next reconcile the ranges after the edit are shifted by it, and those it touches are dropped.
 */
public final class SemanticPresentation implements ITextPresentationListener, IDocumentListener {

    private final StyleColors colors;
    private int[] offsets = new int[0];
    private int[] lengths = new int[0];
    private TextStyle[] styles = new TextStyle[0];

    /** A presentation with the given colours and no ranges yet. */
    public SemanticPresentation(StyleColors colors) {
        this.colors = colors;
    }

    /** Replaces the ranges (UI thread) and redraws the viewer. */
    public void update(List<SemanticRanges.Range> ranges, ISourceViewer viewer) {
        int n = ranges.size();
        int[] o = new int[n];
        int[] l = new int[n];
        TextStyle[] s = new TextStyle[n];
        for (int i = 0; i < n; i++) {
            o[i] = ranges.get(i).offset();
            l[i] = ranges.get(i).length();
            s[i] = TextStyle.of(ranges.get(i).kind());
        }
        int[] changed = changedSpan(o, l, s);
        offsets = o;
        lengths = l;
        styles = s;
        if (changed != null && viewer instanceof ITextViewerExtension2 extension && viewer.getTextWidget() != null
                && !viewer.getTextWidget().isDisposed()) {
            int length = viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
            int from = Math.max(0, Math.min(changed[0], length));
            int to = Math.max(from, Math.min(changed[1], length));
            extension.invalidateTextPresentation(from, to - from); // only what changed: a keystroke in a big file stays cheap
        }
    }

    /** The text span [from, to) whose semantic ranges differ between the shown and the new ones, or null. */
    private int[] changedSpan(int[] o, int[] l, TextStyle[] s) {
        int oldCount = offsets.length;
        int newCount = o.length;
        int prefix = 0;
        while (prefix < oldCount && prefix < newCount && offsets[prefix] == o[prefix] && lengths[prefix] == l[prefix]
                && styles[prefix] == s[prefix]) {
            prefix++;
        }
        if (prefix == oldCount && prefix == newCount) {
            return null;
        }
        int suffix = 0;
        while (suffix < oldCount - prefix && suffix < newCount - prefix
                && offsets[oldCount - 1 - suffix] == o[newCount - 1 - suffix]
                && lengths[oldCount - 1 - suffix] == l[newCount - 1 - suffix]
                && styles[oldCount - 1 - suffix] == s[newCount - 1 - suffix]) {
            suffix++;
        }
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (int i = prefix; i < oldCount - suffix; i++) {
            from = Math.min(from, offsets[i]);
            to = Math.max(to, offsets[i] + Math.max(lengths[i], 1));
        }
        for (int i = prefix; i < newCount - suffix; i++) {
            from = Math.min(from, o[i]);
            to = Math.max(to, o[i] + l[i]);
        }
        return from == Integer.MAX_VALUE ? null : new int[] { from, to };
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IRegion extent = presentation.getExtent();
        int from = extent.getOffset();
        int to = from + extent.getLength();
        int i = firstEndingAfter(from);
        for (; i < offsets.length && offsets[i] < to; i++) {
            if (lengths[i] <= 0) {
                continue;
            }
            TextAttribute attribute = colors.attribute(styles[i]);
            StyleRange range = new StyleRange(offsets[i], lengths[i], attribute.getForeground(), null,
                    attribute.getStyle());
            presentation.mergeStyleRange(range);
        }
    }

    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = offsets.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offsets[mid] + lengths[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        int start = event.getOffset();
        int end = start + event.getLength();
        int delta = (event.getText() == null ? 0 : event.getText().length()) - event.getLength();
        for (int i = firstEndingAfter(start); i < offsets.length; i++) {
            if (offsets[i] >= end) {
                offsets[i] += delta;
            } else {
                lengths[i] = 0;
            }
        }
    }

    @Override
    public void documentChanged(DocumentEvent event) {
        // shifted before the change
    }

    /** The semantic style at {@code offset}, or null (for tests and hovers). */
    public TextStyle styleAt(int offset) {
        int i = firstEndingAfter(offset);
        return i < offsets.length && offsets[i] <= offset && lengths[i] > 0 ? styles[i] : null;
    }
}
