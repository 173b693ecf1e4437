// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GPort;
import org.hvnet.diagram.gmodel.CompactHost;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.layout.TopologyLayout;

/**
 * Writes a laid-out topology diagram as a standalone SVG document drawn as the web client draws it: the same shapes,
 * geometry, class names and order (every element in the order of the diagram: edges after the shapes, so above them,
 * as on screen), the markers where the client puts them, and the styles of {@code web/hvnet-diagram.css} written as
 * presentation attributes, which every renderer reads (browsers, Inkscape, librsvg, ImageMagick).
 */
public final class SvgExporter {

    /** Where the shared stylesheet lives in this bundle. */
    public static final String STYLESHEET = StyleSheet.LOCATION;
    /** The diagram's background colour (the page's, {@code .sprotty-graph} in the stylesheet). */
    public static final String BACKGROUND = "#fbfbfa";

    private final SvgWriter svg = new SvgWriter(StyleSheet.diagram());
    private final Map<String, List<DiagramMarker>> markers;

    private SvgExporter(Map<String, List<DiagramMarker>> markers) {
        this.markers = markers;
    }

    /** The SVG text of {@code graph}, with a marker (severity and message) on every element in {@code markers}. */
    public static String export(GGraph graph, Map<String, List<DiagramMarker>> markers) {
        double width = graph.getSize() == null ? 800 : graph.getSize().getWidth();
        double height = graph.getSize() == null ? 600 : graph.getSize().getHeight();
        SvgExporter exporter = new SvgExporter(markers);
        exporter.svg.open("svg", List.of("hv-diagram"), "xmlns", "http://www.w3.org/2000/svg", "width", width, "height", height, "viewBox",
                "0 0 " + SvgWriter.format(width) + " " + SvgWriter.format(height));
        exporter.svg.leaf("rect", List.of(), null, "width", "100%", "height", "100%", "fill", BACKGROUND);
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge) {
                exporter.edge(edge);
            } else {
                exporter.shape(child);
            }
        }
        exporter.svg.close();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + exporter.svg.text();
    }

    private void shape(GModelElement element) {
        if (!(element instanceof GBoundsAware bounds) || bounds.getSize() == null) {
            return;
        }
        if (element instanceof GLabel label) {
            label(label, bounds);
            return;
        }
        double w = bounds.getSize().getWidth();
        double h = bounds.getSize().getHeight();
        List<String> classes = new ArrayList<>(List.of(element instanceof GPort ? "hv-port" : "hv-node"));
        classes.addAll(element.getCssClasses());
        svg.open("g", classes, "id", element.getId(), "transform", translate(bounds.getPosition()));
        svg.leaf("rect", List.of("hv-shape"), null, "x", 0.0, "y", 0.0, "rx", radius(element), "width", w, "height", h);
        if (ElementTypes.HOST_SUMMARY.equals(element.getType())) {
            compactHost(element, w);
        }
        for (GModelElement child : element.getChildren()) {
            shape(child);
        }
        marker(element, w);
        svg.close();
    }

    /** A compact host's texts, expand button and switch chips, as the client's CompactHostView draws them. */
    @SuppressWarnings("unchecked")
    private void compactHost(GModelElement host, double width) {
        Map<String, Object> args = host.getArgs().map();
        svg.leaf("text", List.of("hv-text", "hv-title"), String.valueOf(args.get(CompactHost.NAME)), "x", 12.0, "y", 20.0);
        svg.leaf("text", List.of("hv-text", "hv-detail"), String.valueOf(args.get(CompactHost.PLATFORM)), "x", args.get(CompactHost.PLATFORM_X), "y", 21.0);
        svg.open("g", List.of("toggle"), "transform", "translate(" + SvgWriter.format(width - 24) + ",7)");
        svg.leaf("rect", List.of("hv-toggle"), null, "x", 0.0, "y", 0.0, "rx", 3.0, "width", 16.0, "height", 16.0);
        svg.leaf("text", List.of("hv-text"), "+", "x", 4.5, "y", 12.0);
        svg.close();
        for (List<Object> chip : (List<List<Object>>) args.getOrDefault(CompactHost.CHIPS, List.of())) {
            svg.open("g", List.of("count", "switch-" + chip.get(0)), "transform", "translate(" + SvgWriter.format(number(chip.get(2))) + ",33)");
            svg.leaf("rect", List.of("hv-badge"), null, "x", 0.0, "y", 0.0, "rx", 6.0, "width", number(chip.get(3)), "height", 15.0);
            svg.leaf("text", List.of("hv-text"), String.valueOf(Math.round(number(chip.get(1)))), "x", 4.0, "y", 12.0);
            svg.close();
        }
        svg.leaf("text", List.of("hv-text", "hv-detail"), String.valueOf(args.get(CompactHost.VMS)), "x", args.get(CompactHost.VMS_X), "y", 45.0);
    }

    private void label(GLabel label, GBoundsAware bounds) {
        double w = bounds.getSize().getWidth();
        double h = bounds.getSize().getHeight() > 0 ? bounds.getSize().getHeight() : 16;
        List<String> classes = new ArrayList<>(List.of("hv-label"));
        classes.addAll(label.getCssClasses());
        svg.open("g", classes, "id", label.getId(), "transform", translate(bounds.getPosition()));
        boolean badge = ElementTypes.BADGE_LABEL.equals(label.getType()) || ElementTypes.EDGE_BADGE_LABEL.equals(label.getType());
        boolean toggle = ElementTypes.TOGGLE_LABEL.equals(label.getType());
        if (badge) {
            svg.leaf("rect", List.of("hv-badge"), null, "x", 0.0, "y", 0.0, "rx", 6.0, "width", w, "height", h);
        }
        if (toggle) {
            svg.leaf("rect", List.of("hv-toggle"), null, "x", 0.0, "y", 0.0, "rx", 3.0, "width", w, "height", h);
        }
        if (label.getCssClasses().contains("legend-entry")) {
            svg.leaf("rect", List.of("hv-swatch"), null, "x", -20.0, "y", 2.0, "rx", 3.0, "width", 14.0, "height", 11.0);
        }
        svg.leaf("text", List.of("hv-text"), label.getText(), "x", toggle ? 4.5 : badge ? 3.0 : 0.0, "y", (double) Math.round(h * 0.78));
        svg.close();
    }

    /** The markers of {@code element} as the client's MarkerView and MarkerPlacer draw them. */
    private void marker(GModelElement element, double width) {
        List<DiagramMarker> own = markers.getOrDefault(element.getId(), List.of());
        if (own.isEmpty()) {
            return;
        }
        long errors = own.stream().filter(DiagramMarker::isError).count();
        long warnings = own.size() - errors;
        boolean compact = ElementTypes.HOST_SUMMARY.equals(element.getType());
        String at = compact ? "translate(" + SvgWriter.format(width - 8 - MarkerBadges.width(errors, warnings)) + ",33)"
                : "translate(" + SvgWriter.format(width - 4) + ",-4)";
        svg.open("g", List.of("sprotty-issue", "hv-marker"), "transform", at);
        StringBuilder title = new StringBuilder();
        own.forEach(m -> title.append(m.text()).append('\n'));
        svg.title(title.toString());
        if (compact) {
            MarkerBadges.write(svg, errors, warnings);
        } else {
            svg.leaf("circle", List.of(errors > 0 ? "hv-marker-error" : "hv-marker-warning"), null, "r", 8.0);
            svg.leaf("text", List.of("hv-marker-text"), "!", "x", -2.5, "y", 4.0);
        }
        svg.close();
    }

    private void edge(GEdge edge) {
        List<GPoint> points = edge.getRoutingPoints();
        StringBuilder d = new StringBuilder();
        if (points.size() < 2) {
            GPoint from = center(edge.getSource());
            GPoint to = center(edge.getTarget());
            if (from == null || to == null) {
                return;
            }
            d.append('M').append(SvgWriter.format(from.getX())).append(' ').append(SvgWriter.format(from.getY())).append(" L")
                    .append(SvgWriter.format(to.getX())).append(' ').append(SvgWriter.format(to.getY()));
        } else {
            for (int i = 0; i < points.size(); i++) {
                d.append(i == 0 ? "M" : " L").append(SvgWriter.format(points.get(i).getX())).append(' ').append(SvgWriter.format(points.get(i).getY()));
            }
        }
        List<String> classes = new ArrayList<>(List.of("sprotty-edge", "hv-edge-group"));
        classes.addAll(edge.getCssClasses());
        svg.open("g", classes, "id", edge.getId());
        svg.leaf("path", List.of("hv-edge"), null, "d", d.toString());
        for (GModelElement child : edge.getChildren()) {
            if (child instanceof GLabel label && label.getSize() != null) {
                label(label, label);
            }
        }
        svg.close();
    }

    private static GPoint center(GModelElement element) {
        if (!(element instanceof GBoundsAware bounds) || bounds.getSize() == null) {
            return null;
        }
        GPoint origin = TopologyLayout.absolute(element);
        origin.setX(origin.getX() + bounds.getSize().getWidth() / 2);
        origin.setY(origin.getY() + bounds.getSize().getHeight() / 2);
        return origin;
    }

    private static String translate(GPoint position) {
        double x = position == null ? 0 : position.getX();
        double y = position == null ? 0 : position.getY();
        return "translate(" + SvgWriter.format(x) + "," + SvgWriter.format(y) + ")";
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    /** The corner radius of a shape, the same as the client's views. */
    public static double radius(GModelElement element) {
        String type = element.getType();
        if (ElementTypes.NETWORK.equals(type)) {
            return 22;
        }
        if (element instanceof GPort) {
            return 2;
        }
        return ElementTypes.HOST.equals(type) || ElementTypes.HOST_SUMMARY.equals(type) ? 8 : ElementTypes.VM.equals(type) ? 5 : 6;
    }
}
