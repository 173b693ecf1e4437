// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GPoint;

/**
 * The last step of every layout: each position, size and edge point must be a finite number. A NaN would reach the
 * browser as a model it cannot read (a blank page) and the SVG as {@code translate(NaN,0)}; it is an error instead.
 */
public final class FiniteLayout {

    private FiniteLayout() {
    }

    /**
     * Checks {@code laidOut} (a diagram, or a host laid out by itself) and everything it holds.
     *
     * @throws LayoutFailedException naming the first element with a non-finite coordinate
     */
    public static void check(GModelElement laidOut) {
        checkAll(laidOut, laidOut);
    }

    private static void checkAll(GModelElement laidOut, GModelElement element) {
        check(laidOut, element);
        for (GModelElement child : element.getChildren()) {
            checkAll(laidOut, child);
        }
    }

    private static void check(GModelElement laidOut, GModelElement element) {
        if (element instanceof GBoundsAware bounds) {
            check(laidOut, element, "position", bounds.getPosition());
            GDimension size = bounds.getSize();
            if (size != null && !(Double.isFinite(size.getWidth()) && Double.isFinite(size.getHeight()))) {
                throw failure(laidOut, element, "size " + size.getWidth() + " x " + size.getHeight());
            }
        }
        if (element instanceof GEdge edge) {
            for (GPoint point : edge.getRoutingPoints()) {
                check(laidOut, element, "route point", point);
            }
        }
    }

    private static void check(GModelElement laidOut, GModelElement element, String what, GPoint point) {
        if (point != null && !(Double.isFinite(point.getX()) && Double.isFinite(point.getY()))) {
            throw failure(laidOut, element, what + " (" + point.getX() + ", " + point.getY() + ")");
        }
    }

    private static LayoutFailedException failure(GModelElement laidOut, GModelElement element, String what) {
        return new LayoutFailedException("the layout of " + laidOut.getId() + " gave " + element.getId() + " the " + what
                + ": no diagram is drawn (please report this with the file)");
    }
}
