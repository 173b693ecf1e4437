// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.diagram.gmodel.TopologyGraphBuilder;

/**
 * The hosts cabled to the same networks, in rows: above every row a bus per network, down the left side a riser per
 * network that feeds the buses, and from a bus a drop to every physical NIC cabled to that network. A cable is so
 * drawn with right angles only, never across a host, and the trunk from the network (routed by ELK) ends at the top
 * of its riser. The rows are as wide as the hosts' count asks (a block about 1.6 times wider than tall); a host
 * that grows (drawn whole) widens its row only, so the others keep their places.
 */
final class HostBlock {

    /** Space between two buses (or two risers). */
    static final double TRACK = 10;
    private static final double GAP_X = 28;
    private static final double GAP_Y = 30;
    private static final double CLEARANCE = 16;
    private static final double ASPECT = 1.6;

    private final List<GNode> networks;
    private final List<GNode> hosts = new ArrayList<>();
    private final List<GEdge> cables = new ArrayList<>();
    private final Map<GNode, GPoint> positions = new IdentityHashMap<>();
    private final Map<GEdge, List<GPoint>> drops = new IdentityHashMap<>();
    private double width;
    private double height;

    private HostBlock(List<GNode> networks) {
        this.networks = networks;
    }

    /** The blocks of {@code hosts} (in order), grouped by the networks their {@code cables} lead to. */
    static List<HostBlock> group(List<GNode> hosts, List<GEdge> cables) {
        Map<GNode, List<GEdge>> cablesOf = new IdentityHashMap<>();
        for (GEdge cable : cables) {
            GModelElement host = cable.getTarget().getParent();
            if (host instanceof GNode node && cable.getSource() instanceof GNode) {
                cablesOf.computeIfAbsent(node, h -> new ArrayList<>()).add(cable);
            }
        }
        Map<List<GNode>, HostBlock> blocks = new LinkedHashMap<>();
        for (GNode host : hosts) {
            List<GEdge> own = cablesOf.getOrDefault(host, List.of());
            List<GNode> key = own.stream().map(c -> (GNode) c.getSource()).distinct().toList();
            HostBlock block = blocks.computeIfAbsent(key, HostBlock::new);
            block.hosts.add(host);
            block.cables.addAll(own);
        }
        blocks.values().forEach(HostBlock::layOut);
        return List.copyOf(blocks.values());
    }

    /** The networks whose cables the block's hosts hold, in the order of their risers. */
    List<GNode> networks() {
        return networks;
    }

    /** The block's hosts. */
    List<GNode> hosts() {
        return hosts;
    }

    /** The block's cables. */
    List<GEdge> cables() {
        return cables;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** The x of the riser of the {@code index}-th network (its top is the end of the trunk). */
    static double riserX(int index) {
        return 6 + index * TRACK;
    }

    /** Where {@code host} is in the block. */
    GPoint position(GNode host) {
        return positions.get(host);
    }

    /** The route of {@code cable} in the block, from the top of its riser to its NIC. */
    List<GPoint> drop(GEdge cable) {
        return drops.get(cable);
    }

    private void layOut() {
        int perRow = perRow();
        double left = networks.isEmpty() ? 0 : riserX(networks.size() - 1) + CLEARANCE + 4;
        double y = 0;
        for (int first = 0; first < hosts.size(); first += perRow) {
            List<GNode> row = hosts.subList(first, Math.min(hosts.size(), first + perRow));
            double busTop = y + TRACK;
            double top = networks.isEmpty() ? y : busTop + (networks.size() - 1) * TRACK + CLEARANCE;
            double x = left;
            double bottom = top;
            for (GNode host : row) {
                positions.put(host, GraphUtil.point(x, top));
                x += slot(host)[0] + GAP_X;
                bottom = Math.max(bottom, top + slot(host)[1]);
            }
            width = Math.max(width, x - GAP_X);
            for (GNode host : row) {
                routeDrops(host, busTop);
            }
            height = bottom;
            y = bottom + GAP_Y;
        }
    }

    private void routeDrops(GNode host, double busTop) {
        GPoint at = positions.get(host);
        for (GEdge cable : cables) {
            if (cable.getTarget().getParent() == host && cable.getTarget() instanceof GPort port) {
                int track = networks.indexOf(cable.getSource());
                double bus = busTop + track * TRACK;
                double x = at.getX() + port.getPosition().getX() + port.getSize().getWidth() / 2;
                double y = at.getY() + port.getPosition().getY();
                List<GPoint> drop = new ArrayList<>(List.of(GraphUtil.point(riserX(track), 0), GraphUtil.point(riserX(track), bus)));
                drop.addAll(CableDrop.points(x, bus, y));
                drops.put(cable, drop);
            }
        }
    }

    /**
     * The place a host takes in its row: its size, or, for a host drawn whole over the overview, the size of its
     * compact node (so that expanding a host moves nothing else).
     */
    static double[] slot(GNode host) {
        if (host.getArgs().get(TopologyGraphBuilder.SLOT_WIDTH) instanceof Number width
                && host.getArgs().get(TopologyGraphBuilder.SLOT_HEIGHT) instanceof Number height) {
            return new double[] { width.doubleValue(), height.doubleValue() };
        }
        return new double[] { host.getSize().getWidth(), host.getSize().getHeight() };
    }

    /** Hosts per row: a block about {@value #ASPECT} times wider than tall when every host is compact. */
    private int perRow() {
        double cell = hosts.stream().mapToDouble(h -> slot(h)[0]).average().orElse(1) + GAP_X;
        double row = org.hvnet.diagram.gmodel.CompactHost.HEIGHT + networks.size() * TRACK + CLEARANCE + GAP_Y;
        int columns = (int) Math.ceil(Math.sqrt(hosts.size() * ASPECT * row / cell));
        return Math.max(1, Math.min(hosts.size(), columns));
    }
}
