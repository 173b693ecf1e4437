package org.hvnet.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

/** The palette: one entry per element type the create handlers accept, in the order of their entry lists. */
public class HvnetPalette implements ToolPaletteItemProvider {

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> nodes = new ArrayList<>();
        int sort = 0;
        for (String[] entry : CreateNodeHandler.ENTRIES) {
            PaletteItem item = new PaletteItem("create-" + entry[0], entry[1], new TriggerNodeCreationAction(entry[0]));
            item.setSortString(String.format("%02d", sort++));
            nodes.add(item);
        }
        List<PaletteItem> edges = new ArrayList<>();
        for (String[] entry : CreateEdgeHandler.ENTRIES) {
            PaletteItem item = new PaletteItem("create-" + entry[0], entry[1], new TriggerEdgeCreationAction(entry[0]));
            item.setSortString(String.format("%02d", sort++));
            edges.add(item);
        }
        return List.of(PaletteItem.createPaletteGroup("nodes", "Elements", nodes, "symbol-property", "A"),
                PaletteItem.createPaletteGroup("edges", "Connections", edges, "symbol-property", "B"));
    }
}
