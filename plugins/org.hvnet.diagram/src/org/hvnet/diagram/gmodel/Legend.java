// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

/** The legend of the diagram: the colours of the switch kinds; in the overview also what a compact host shows. */
final class Legend {

    private Legend() {
    }

    /** The legend: the colours of the switch kinds; in the overview also what a compact host shows. */
    static GNode of(boolean overview) {
        GNodeBuilder legend = new GNodeBuilder(ElementTypes.LEGEND).id("legend").addCssClass("legend")
                .add(new GLabelBuilder(ElementTypes.DETAIL_LABEL).id("legend#title").text("Switch kinds").addCssClass("legend-title")
                        .position(10, 6).size(TextMetrics.width("Switch kinds"), TextMetrics.LINE_HEIGHT).build());
        double y = 26;
        double width = 130;
        List<String[]> entries = new ArrayList<>();
        for (String kind : List.of("external", "internal", "private")) {
            entries.add(new String[] { kind, "switch-" + kind, kind + " switch" });
        }
        if (overview) {
            entries.add(new String[] { "count", "legend-count", "compact host: switches by kind" });
            entries.add(new String[] { "warning", "legend-warning", "warnings inside the host" });
            entries.add(new String[] { "error", "legend-error", "errors inside the host" });
            entries.add(new String[] { "expand", "legend-expand", "+ or double-click: expand" });
        }
        for (String[] entry : entries) {
            legend.add(new GLabelBuilder(ElementTypes.DETAIL_LABEL).id("legend#" + entry[0]).text(entry[2])
                    .addCssClass("legend-entry").addCssClass(entry[1]).position(30, y)
                    .size(TextMetrics.width(entry[2]), TextMetrics.LINE_HEIGHT).build());
            width = Math.max(width, TextMetrics.width(entry[2]) + 40);
            y += 20;
        }
        return legend.size(width, y + 6).build();
    }
}
