// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.export;

import java.util.List;

/** The findings of a compact host as badges by severity (errors, then warnings), as the client's MarkerView draws them. */
final class MarkerBadges {

    /** The width of one badge (views.tsx, BADGE_WIDTH). */
    static final double WIDTH = 34;

    private MarkerBadges() {
    }

    /** The width of the badges of {@code errors} errors and {@code warnings} warnings. */
    static double width(long errors, long warnings) {
        return (errors > 0 ? WIDTH : 0) + (warnings > 0 ? WIDTH : 0) + (errors > 0 && warnings > 0 ? 4 : 0);
    }

    static void write(SvgWriter svg, long errors, long warnings) {
        badge(svg, "error", errors, 0);
        badge(svg, "warning", warnings, errors > 0 ? WIDTH + 4 : 0);
    }

    private static void badge(SvgWriter svg, String severity, long count, double x) {
        if (count == 0) {
            return;
        }
        svg.open("g", List.of(), "transform", "translate(" + SvgWriter.format(x) + ",0)");
        svg.leaf("rect", List.of("hv-marker-" + severity), null, "x", 0.0, "y", 0.0, "rx", 7.0, "width", WIDTH, "height", 15.0);
        svg.leaf("text", List.of("hv-marker-text"), (severity.equals("error") ? "\u2716 " : "\u26a0 ") + count, "x", 5.0, "y", 11.0);
        svg.close();
    }
}
