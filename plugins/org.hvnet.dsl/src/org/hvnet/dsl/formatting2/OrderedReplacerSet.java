// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.formatting2;

import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.xtext.formatting2.IMerger;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.debug.HiddenRegionFormattingToString;
import org.eclipse.xtext.formatting2.internal.ArrayListTextSegmentSet;
import org.eclipse.xtext.formatting2.internal.ConflictingRegionsException;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.RegionComparator;
import org.eclipse.xtext.formatting2.internal.RegionTraceMissingException;

/**
 * The formatter's text replacers, kept sorted by Xtext's {@link ArrayListTextSegmentSet}, looked up from where the
 * previous look-up ended instead of by a binary search of the whole list. The formatter sets the layout of a file
 * token by token in text order, then element by element: nearly every look-up lands at or next to the previous one,
 * and the binary search over a million replacers of a data-centre file (each comparison reading two regions' offsets)
 * was a third of formatting it. The position found is the one the binary search finds (the replacers' regions are
 * distinct); adding, merging and conflicts stay Xtext's own.
 */
@SuppressWarnings("restriction")
final class OrderedReplacerSet extends ArrayListTextSegmentSet<ITextReplacer> {

    private static final Logger LOG = Logger.getLogger(OrderedReplacerSet.class);
    private static final Field CONTENTS = contentsField();

    private final Comparator<ITextReplacer> order = new RegionComparator<>(ITextReplacer.GET_REGION);
    private final List<ITextReplacer> contents;
    private int last;

    /** An empty set; {@code trace} records where each replacer was added (the request's debug tracing). */
    OrderedReplacerSet(boolean trace) {
        super(ITextReplacer.GET_REGION, OrderedReplacerSet::title, trace);
        contents = contentsOf(this);
    }

    @Override
    public void add(ITextReplacer replacer, IMerger<ITextReplacer> merger) throws ConflictingRegionsException, RegionTraceMissingException {
        if (contents == null || contents.isEmpty()) {
            super.add(replacer, merger);
            return;
        }
        trace(replacer);
        int found = search(replacer);
        if (found >= 0) {
            replaceExistingEntry(replacer, found, merger);
        } else {
            insertAtIndex(replacer, -found - 1, merger);
        }
    }

    /** As {@link java.util.Collections#binarySearch}: galloping from the previous position, then halving. */
    private int search(ITextReplacer key) {
        int size = contents.size();
        int start = Math.min(last, size - 1);
        int compared = order.compare(contents.get(start), key);
        if (compared == 0) {
            return start;
        }
        int low;
        int high;
        if (compared < 0) {
            low = start + 1;
            high = start + 1;
            for (int step = 2; high < size && order.compare(contents.get(high), key) < 0; step *= 2) {
                low = high + 1;
                high = start + step;
            }
            high = Math.min(high, size - 1);
        } else {
            low = start - 1;
            high = start - 1;
            for (int step = 2; low >= 0 && order.compare(contents.get(low), key) > 0; step *= 2) {
                high = low - 1;
                low = start - step;
            }
            low = Math.max(low, 0);
        }
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int result = order.compare(contents.get(middle), key);
            if (result < 0) {
                low = middle + 1;
            } else if (result > 0) {
                high = middle - 1;
            } else {
                last = middle;
                return middle;
            }
        }
        last = low;
        return -(low + 1);
    }

    private static String title(ITextReplacer replacer) {
        return replacer instanceof HiddenRegionReplacer hidden ? new HiddenRegionFormattingToString().apply(hidden.getFormatting())
                : replacer.getClass().getSimpleName();
    }

    @SuppressWarnings("unchecked")
    private static List<ITextReplacer> contentsOf(ArrayListTextSegmentSet<ITextReplacer> set) {
        try {
            return CONTENTS == null ? null : (List<ITextReplacer>) CONTENTS.get(set);
        } catch (IllegalAccessException e) {
            LOG.warn("cannot read the replacers of Xtext's formatter (" + e + "): they are looked up by binary search");
            return null;
        }
    }

    private static Field contentsField() {
        try {
            Field field = ArrayListTextSegmentSet.class.getDeclaredField("contents");
            field.setAccessible(true);
            return List.class.isAssignableFrom(field.getType()) ? field : null;
        } catch (NoSuchFieldException | RuntimeException e) {
            LOG.warn("Xtext's formatter keeps its replacers differently (" + e + "): they are looked up by binary search");
            return null;
        }
    }
}
