// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.simulation.diff.ElementChange;
import org.hvnet.simulation.diff.ExpectationFlip;
import org.hvnet.simulation.diff.ModelDifference;

/**
 * The panel of the changes layer, below the diagram (id {@value #ID}): how many elements were added, changed and
 * removed, how many addresses changed, the elements removed (which the diagram of the newer version cannot draw), the
 * reachability gained and lost (rule T-8) and the expect lines that flipped.
 */
final class ChangesPanel {

    /** The id of the panel. */
    static final String ID = "changes";
    /** How many removed elements or flipped lines are listed before "and N more". */
    static final int LISTED = 12;

    private ChangesPanel() {
    }

    /** Adds the panel of {@code overlay} below everything in {@code root}. */
    static void add(GGraph root, ChangesOverlay overlay) {
        List<String[]> rows = rows(overlay); // {id, text, css class or ""}
        String title = "Changes since " + overlay.since();
        GNodeBuilder panel = new GNodeBuilder(ElementTypes.LEGEND).id(ID).addCssClass("legend").addCssClass("changes-panel")
                .add(new GLabelBuilder(ElementTypes.DETAIL_LABEL).id(ID + "#title").text(title).addCssClass("legend-title")
                        .position(10, 6).size(TextMetrics.width(title), TextMetrics.LINE_HEIGHT).build());
        double width = TextMetrics.width(title) + 24;
        double y = 26;
        for (String[] row : rows) {
            boolean swatch = !row[2].isEmpty();
            double x = swatch ? 30 : 14;
            GLabelBuilder label = new GLabelBuilder(ElementTypes.DETAIL_LABEL).id(ID + "#" + row[0]).text(row[1]).position(x, y)
                    .size(TextMetrics.width(row[1]), TextMetrics.LINE_HEIGHT);
            if (swatch) {
                label.addCssClass("legend-entry").addCssClass("legend-" + row[2]); // not the mark's class: the panel is no change
            }
            panel.add(label.build());
            width = Math.max(width, x + TextMetrics.width(row[1]) + 14);
            y += 20;
        }
        double top = root.getSize() == null ? 0 : root.getSize().getHeight();
        root.getChildren().add(panel.position(24, Math.max(0, top)).size(width, y + 6).build());
        if (root.getSize() != null) {
            root.setSize(GraphUtil.dimension(Math.max(root.getSize().getWidth(), width + 48), top + y + 26));
        }
    }

    private static List<String[]> rows(ChangesOverlay overlay) {
        List<String[]> rows = new ArrayList<>();
        ModelDifference difference = overlay.difference();
        if (difference == null) {
            rows.add(new String[] { "problem", overlay.problem(), "" });
            return rows;
        }
        if (difference.isEmpty()) {
            rows.add(new String[] { "none", "no differences", "" });
            return rows;
        }
        var elements = difference.elements();
        rows.add(new String[] { "added", elements.added().size() + " added", ChangesOverlay.ADDED });
        rows.add(new String[] { "changed", elements.changed().size() + " changed", ChangesOverlay.CHANGED });
        rows.add(new String[] { "addresses", difference.addresses().size() + " addresses changed", ChangesOverlay.ADDRESS });
        rows.add(new String[] { "removed", elements.removed().size() + " removed" + (elements.removed().isEmpty() ? "" : ", not drawn:"),
                "change-removed" });
        List<ElementChange> removed = elements.removed();
        for (int i = 0; i < Math.min(LISTED, removed.size()); i++) {
            rows.add(new String[] { "removed#" + (i + 1), removed.get(i).kind() + " " + removed.get(i).name(), "" });
        }
        more(rows, "removed#more", removed.size());
        rows.add(new String[] { "reach", "reachability: " + difference.reach().gained() + " pairs gained, " + difference.reach().lost()
                + " lost", "" });
        List<ExpectationFlip> flips = difference.expectations();
        rows.add(new String[] { "expectations", flips.size() + " expect lines flipped" + (flips.isEmpty() ? "" : ":"), "" });
        for (int i = 0; i < Math.min(LISTED, flips.size()); i++) {
            ExpectationFlip flip = flips.get(i);
            rows.add(new String[] { "expectations#" + (i + 1), "expect " + flip.line() + "  " + ExpectationFlip.verdict(flip.oldPassed()) + " \u2192 "
                    + ExpectationFlip.verdict(flip.newPassed()), "" });
        }
        more(rows, "expectations#more", flips.size());
        return rows;
    }

    private static void more(List<String[]> rows, String id, int count) {
        if (count > LISTED) {
            rows.add(new String[] { id, "\u2026 and " + (count - LISTED) + " more (hvnet diff lists them all)", "" });
        }
    }
}
