package org.hvnet.diagram.layout;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
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
     * Checks every element of {@code graph}.
     *
     * @throws LayoutFailedException naming the first element with a non-finite coordinate
     */
    public static void check(GGraph graph) {
        check(graph, graph);
        for (Iterator<EObject> all = graph.eAllContents(); all.hasNext();) {
            if (all.next() instanceof GModelElement element) {
                check(graph, element);
            }
        }
    }

    private static void check(GGraph graph, GModelElement element) {
        if (element instanceof GBoundsAware bounds) {
            check(graph, element, "position", bounds.getPosition());
            GDimension size = bounds.getSize();
            if (size != null && !(Double.isFinite(size.getWidth()) && Double.isFinite(size.getHeight()))) {
                throw failure(graph, element, "size " + size.getWidth() + " x " + size.getHeight());
            }
        }
        if (element instanceof GEdge edge) {
            for (GPoint point : edge.getRoutingPoints()) {
                check(graph, element, "route point", point);
            }
        }
    }

    private static void check(GGraph graph, GModelElement element, String what, GPoint point) {
        if (point != null && !(Double.isFinite(point.getX()) && Double.isFinite(point.getY()))) {
            throw failure(graph, element, what + " (" + point.getX() + ", " + point.getY() + ")");
        }
    }

    private static LayoutFailedException failure(GGraph graph, GModelElement element, String what) {
        return new LayoutFailedException("the layout of " + graph.getId() + " gave " + element.getId() + " the " + what
                + ": no diagram is drawn (please report this with the file)");
    }
}
