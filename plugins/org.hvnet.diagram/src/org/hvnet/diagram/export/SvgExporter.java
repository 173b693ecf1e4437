package org.hvnet.diagram.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GPort;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.layout.TopologyLayout;

/**
 * Writes a laid-out topology diagram as a standalone SVG document: the same shapes, geometry and class names as
 * the web client's views, styled by the same {@code web/hvnet-diagram.css} (inlined).
 */
public final class SvgExporter {

    /** Where the shared stylesheet lives in this bundle. */
    public static final String STYLESHEET = "web/hvnet-diagram.css";

    private SvgExporter() {
    }

    /** The SVG text of {@code graph}, with a marker (severity and message) on every element in {@code markers}. */
    public static String export(GGraph graph, Map<String, List<DiagramMarker>> markers) {
        double width = graph.getSize() == null ? 800 : graph.getSize().getWidth();
        double height = graph.getSize() == null ? 600 : graph.getSize().getHeight();
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hv-diagram\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append("\">\n");
        svg.append("<style>\n").append(stylesheet()).append("</style>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fbfbfa\"/>\n");
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge) {
                edge(svg, edge);
            }
        }
        for (GModelElement child : graph.getChildren()) {
            if (!(child instanceof GEdge)) {
                shape(svg, child, markers, "");
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void shape(StringBuilder svg, GModelElement element, Map<String, List<DiagramMarker>> markers, String indent) {
        if (!(element instanceof GBoundsAware bounds) || bounds.getSize() == null) {
            return;
        }
        double x = bounds.getPosition() == null ? 0 : bounds.getPosition().getX();
        double y = bounds.getPosition() == null ? 0 : bounds.getPosition().getY();
        double w = bounds.getSize().getWidth();
        double h = bounds.getSize().getHeight();
        String kind = element instanceof GLabel ? "hv-label" : element instanceof GPort ? "hv-port" : "hv-node";
        svg.append(indent).append("<g id=\"").append(escape(element.getId())).append("\" class=\"").append(kind);
        for (String css : element.getCssClasses()) {
            svg.append(' ').append(escape(css));
        }
        svg.append("\" transform=\"translate(").append(num(x)).append(',').append(num(y)).append(")\">");
        if (element instanceof GLabel label) {
            if (ElementTypes.BADGE_LABEL.equals(label.getType())) {
                svg.append("<rect class=\"hv-badge\" x=\"0\" y=\"0\" rx=\"6\" width=\"").append(num(w)).append("\" height=\"").append(num(h)).append("\"/>");
            }
            if (label.getCssClasses().contains("legend-entry")) {
                svg.append("<rect class=\"hv-swatch\" x=\"-20\" y=\"2\" rx=\"3\" width=\"14\" height=\"11\"/>");
            }
            double textX = ElementTypes.BADGE_LABEL.equals(label.getType()) ? 3 : 0;
            svg.append("<text class=\"hv-text\" x=\"").append(num(textX)).append("\" y=\"").append(num(Math.round(h * 0.78))).append("\">")
                    .append(escape(label.getText())).append("</text></g>\n");
            return;
        }
        svg.append("<rect class=\"hv-shape\" x=\"0\" y=\"0\" rx=\"").append(num(radius(element))).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\"/>\n");
        for (GModelElement child : element.getChildren()) {
            shape(svg, child, markers, indent + "  ");
        }
        List<DiagramMarker> own = markers.getOrDefault(element.getId(), List.of());
        if (!own.isEmpty()) {
            DiagramMarker first = own.stream().filter(DiagramMarker::isError).findFirst().orElse(own.get(0));
            svg.append(indent).append("  <g class=\"hv-marker\" transform=\"translate(").append(num(w - 4)).append(",-4)\"><title>");
            own.forEach(m -> svg.append(escape(m.text())).append('\n'));
            svg.append("</title><circle class=\"").append(first.isError() ? "hv-marker-error" : "hv-marker-warning")
                    .append("\" r=\"8\"/><text class=\"hv-marker-text\" x=\"-2.5\" y=\"4\">!</text></g>\n");
        }
        svg.append(indent).append("</g>\n");
    }

    private static void edge(StringBuilder svg, GEdge edge) {
        List<GPoint> points = edge.getRoutingPoints();
        StringBuilder d = new StringBuilder();
        if (points.isEmpty()) {
            GPoint from = center(edge.getSource());
            GPoint to = center(edge.getTarget());
            if (from == null || to == null) {
                return;
            }
            d.append('M').append(num(from.getX())).append(' ').append(num(from.getY())).append(" L").append(num(to.getX())).append(' ')
                    .append(num(to.getY()));
        } else {
            for (int i = 0; i < points.size(); i++) {
                d.append(i == 0 ? "M" : " L").append(num(points.get(i).getX())).append(' ').append(num(points.get(i).getY()));
            }
        }
        svg.append("<g id=\"").append(escape(edge.getId())).append("\" class=\"hv-edge-group");
        edge.getCssClasses().forEach(c -> svg.append(' ').append(escape(c)));
        svg.append("\"><path class=\"hv-edge\" d=\"").append(d).append("\"/></g>\n");
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

    /** The corner radius of a shape, the same as the client's views. */
    public static double radius(GModelElement element) {
        String type = element.getType();
        if (ElementTypes.NETWORK.equals(type)) {
            return 22;
        }
        if (element instanceof GPort) {
            return 2;
        }
        return ElementTypes.HOST.equals(type) ? 8 : ElementTypes.VM.equals(type) ? 5 : 6;
    }

    private static String stylesheet() {
        try (InputStream in = SvgExporter.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException(STYLESHEET + " is missing from the diagram bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
