// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.util.List;

import org.eclipse.glsp.graph.GPoint;

/** Tidies a route: no point repeated, no point in the middle of a straight run. */
final class RoutePoints {

    private static final double EPSILON = 0.01;

    private RoutePoints() {
    }

    /** Removes from {@code points} the repeated points and those on the line between their neighbours. */
    static void simplify(List<GPoint> points) {
        for (int i = points.size() - 2; i >= 1; i--) {
            GPoint before = points.get(i - 1);
            GPoint at = points.get(i);
            GPoint after = points.get(i + 1);
            boolean vertical = near(before.getX(), at.getX()) && near(at.getX(), after.getX());
            boolean horizontal = near(before.getY(), at.getY()) && near(at.getY(), after.getY());
            if (vertical || horizontal || near(before.getX(), at.getX()) && near(before.getY(), at.getY())) {
                points.remove(i);
            }
        }
        if (points.size() >= 2 && near(points.get(0).getX(), points.get(1).getX()) && near(points.get(0).getY(), points.get(1).getY())) {
            points.remove(1);
        }
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < EPSILON;
    }
}
