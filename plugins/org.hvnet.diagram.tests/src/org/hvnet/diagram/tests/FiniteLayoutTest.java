// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.layout.FiniteLayout;
import org.hvnet.diagram.layout.LayoutFailedException;
import org.junit.jupiter.api.Test;

/** A layout with a non-finite coordinate is an error naming the element, never a diagram with NaN in it. */
class FiniteLayoutTest {

    @Test
    void aNanPositionIsAnErrorNamingTheElement() {
        GGraph graph = new GGraphBuilder("graph").id("topology:T")
                .add(new GNodeBuilder("node:host").id("host:H1").position(Double.NaN, 0).size(10, 10).build()).build();
        LayoutFailedException failure = assertThrows(LayoutFailedException.class, () -> FiniteLayout.check(graph));
        assertTrue(failure.getMessage().contains("host:H1") && failure.getMessage().contains("NaN"), failure.getMessage());
    }

    @Test
    void anInfiniteSizeOrRoutePointIsAnError() {
        GGraph sized = new GGraphBuilder("graph").id("topology:T")
                .add(new GNodeBuilder("node:host").id("host:H1").position(0, 0).size(Double.POSITIVE_INFINITY, 10).build()).build();
        assertThrows(LayoutFailedException.class, () -> FiniteLayout.check(sized));
        GGraph routed = new GGraphBuilder("graph").id("topology:T").build();
        GEdge edge = new GEdgeBuilder("edge:cable").id("edge:cable>x").build();
        edge.getRoutingPoints().add(GraphUtil.point(1, Double.NaN));
        routed.getChildren().add(edge);
        assertTrue(assertThrows(LayoutFailedException.class, () -> FiniteLayout.check(routed)).getMessage().contains("edge:cable>x"));
    }

    @Test
    void aFiniteLayoutPasses() {
        FiniteLayout.check(new GGraphBuilder("graph").id("topology:T")
                .add(new GNodeBuilder("node:host").id("host:H1").position(3, 4).size(10, 10).build()).build());
    }
}
