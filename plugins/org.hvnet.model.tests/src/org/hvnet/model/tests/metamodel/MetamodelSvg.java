// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.metamodel;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.hvnet.model.tests.metamodel.MetamodelLayout.PlacedBox;
import org.hvnet.model.tests.metamodel.MetamodelLayout.RoutedEdge;

/**
 * Writes a laid-out class diagram as SVG in UML's notation: boxes with a header (stereotype, name; abstract
 * classes in italics) and their attributes or literals; supertype edges with a hollow triangle, containments with a
 * filled diamond at the container, references with an open arrow, each labelled with its name and multiplicity.
 */
public final class MetamodelSvg {

    private static final String FONT = "DejaVu Sans Mono, Menlo, Consolas, monospace";

    private MetamodelSvg() {
    }

    /** The SVG document of {@code layout}, titled {@code title}. */
    public static String of(MetamodelLayout layout, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(layout.width())).append("\" height=\"")
                .append(n(layout.height())).append("\" viewBox=\"0 0 ").append(n(layout.width())).append(' ')
                .append(n(layout.height())).append("\" font-family=\"").append(FONT).append("\" font-size=\"12\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<defs>\n")
                .append("<marker id=\"supertype\" viewBox=\"0 0 14 14\" refX=\"13\" refY=\"7\" markerWidth=\"14\" markerHeight=\"14\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M1,1 L13,7 L1,13 Z\" fill=\"#ffffff\" stroke=\"#333333\"/></marker>\n")
                .append("<marker id=\"containment\" viewBox=\"0 0 18 10\" refX=\"17\" refY=\"5\" markerWidth=\"18\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M1,5 L9,1 L17,5 L9,9 Z\" fill=\"#333333\"/></marker>\n")
                .append("<marker id=\"reference\" viewBox=\"0 0 12 12\" refX=\"11\" refY=\"6\" markerWidth=\"12\" markerHeight=\"12\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M1,1 L11,6 L1,11\" fill=\"none\" stroke=\"#1f5f99\"/></marker>\n")
                .append("</defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (RoutedEdge edge : layout.edges()) {
            edge(svg, edge);
        }
        for (PlacedBox box : layout.boxes()) {
            box(svg, box);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void edge(StringBuilder svg, RoutedEdge edge) {
        String marker = switch (edge.kind()) {
            case SUPERTYPE -> " marker-start=\"url(#supertype)\" stroke=\"#333333\"";
            case CONTAINMENT -> " marker-start=\"url(#containment)\" stroke=\"#333333\"";
            case REFERENCE -> " marker-end=\"url(#reference)\" stroke=\"#1f5f99\" stroke-dasharray=\"5,3\"";
        };
        svg.append("<path class=\"").append(edge.kind().name().toLowerCase(Locale.ROOT)).append("\" d=\"");
        List<double[]> points = edge.points();
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? "M" : " L").append(n(points.get(i)[0])).append(',').append(n(points.get(i)[1]));
        }
        svg.append("\" fill=\"none\"").append(marker).append("/>\n");
        if (edge.label() != null) {
            svg.append("<text x=\"").append(n(edge.labelX())).append("\" y=\"").append(n(edge.labelY() + 11))
                    .append("\" font-size=\"11\" fill=\"").append(edge.kind() == MetamodelLayout.EdgeKind.REFERENCE ? "#1f5f99" : "#333333")
                    .append("\">").append(escape(edge.label())).append("</text>\n");
        }
    }

    private static void box(StringBuilder svg, PlacedBox placed) {
        ClassBox box = placed.box();
        String name = box.classifier().getName();
        boolean isClass = box.classifier() instanceof EClass;
        boolean italic = isClass && ((EClass) box.classifier()).isAbstract();
        String fill = isClass ? "#fff8e1" : "#eef4fb";
        double x = placed.x();
        double y = placed.y();
        double middle = x + placed.width() / 2;
        svg.append("<g id=\"").append(escape(name)).append("\">\n");
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(placed.width()))
                .append("\" height=\"").append(n(placed.height())).append("\" fill=\"").append(fill).append("\" stroke=\"#333333\"/>\n");
        double line = y + ClassBox.PADDING / 2 + ClassBox.LINE_HEIGHT - 4;
        if (box.stereotype() != null) {
            text(svg, middle, line, "middle", "", box.stereotype());
            line += ClassBox.LINE_HEIGHT;
        }
        text(svg, middle, line, "middle", italic ? " font-weight=\"bold\" font-style=\"italic\"" : " font-weight=\"bold\"", name);
        double rule = y + box.headerHeight();
        svg.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(rule)).append("\" x2=\"").append(n(x + placed.width()))
                .append("\" y2=\"").append(n(rule)).append("\" stroke=\"#333333\"/>\n");
        line = rule + ClassBox.LINE_HEIGHT;
        for (String attribute : box.lines()) {
            text(svg, x + ClassBox.PADDING, line, "start", "", attribute);
            line += ClassBox.LINE_HEIGHT;
        }
        svg.append("</g>\n");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String style, String text) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor).append('"')
                .append(style).append('>').append(escape(text)).append("</text>\n");
    }

    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
