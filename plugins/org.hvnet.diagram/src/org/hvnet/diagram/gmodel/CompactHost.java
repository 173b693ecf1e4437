// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.builder.impl.GPortBuilder;
import org.hvnet.model.Host;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;

/**
 * A host of the overview as a compact node: its name and platform, one chip per switch kind with the number of
 * switches of that kind (coloured as the switches), the number of VMs, an expand button, and its physical NICs as
 * small ports on the top border (where the cables end). The validation findings inside it are drawn as badges by
 * severity (the web client's and the SVG export's marker views). An estate has thousands of these, so the texts are
 * arguments of the node drawn by its view, at the places computed here, not labels of their own: {@value #NAME},
 * {@value #PLATFORM} at {@value #PLATFORM_X}, {@value #CHIPS} (kind, count, x, width each), {@value #VMS} at
 * {@value #VMS_X}.
 */
public final class CompactHost {

    /** Height of a compact host. */
    public static final double HEIGHT = 58;
    /** Width kept free at the right of the chips row for the findings badges. */
    public static final double BADGES_WIDTH = 76;
    /** Size of the port square of a physical NIC on a compact host. */
    public static final double PORT_SIZE = 10;
    /** The id suffix of the expand / collapse toggle of a host drawn whole. */
    public static final String TOGGLE_SUFFIX = "#toggle";
    /** Argument: the host's name. */
    public static final String NAME = "name";
    /** Argument: the host's platform. */
    public static final String PLATFORM = "platform";
    /** Argument: where the platform starts. */
    public static final String PLATFORM_X = "platformX";
    /** Argument: the switch chips, each {@code [kind, count, x, width]}. */
    public static final String CHIPS = "chips";
    /** Argument: the number of VMs, as text. */
    public static final String VMS = "vms";
    /** Argument: where the number of VMs starts. */
    public static final String VMS_X = "vmsX";
    /** The top of the chips row. */
    public static final double CHIPS_Y = 33;
    /** The height of a chip. */
    public static final double CHIP_HEIGHT = 15;

    private CompactHost() {
    }

    /** The compact node of {@code host}; {@code ports} receives each physical NIC and its port. */
    public static GNode of(Host host, BiConsumer<PhysicalNic, GModelElement> ports) {
        String id = ElementIds.of(host);
        String name = host.getName() == null ? "?" : host.getName();
        String platform = host.isSetPlatform() ? host.getPlatform().getLiteral() : "host";
        List<List<Object>> chips = new ArrayList<>();
        double x = 12;
        for (SwitchKind switchKind : SwitchKind.VALUES) {
            long count = host.getSwitches().stream().filter(s -> kindOf(s) == switchKind).count();
            if (count > 0) {
                double width = Math.max(18, TextMetrics.width(String.valueOf(count), 10) + 8);
                chips.add(List.of(switchKind.getLiteral(), count, x, width));
                x += width + 4;
            }
        }
        String vms = host.getVms().size() == 1 ? "1 VM" : host.getVms().size() + " VMs";
        double platformWidth = TextMetrics.width(platform, 11);
        double width = Math.max(Math.max(TextMetrics.width(name, 13) + platformWidth + 60, x + 4 + TextMetrics.width(vms, 11) + 8 + BADGES_WIDTH),
                Math.max(200, host.getNics().size() * (PORT_SIZE + 14) + 24));
        GNodeBuilder node = new GNodeBuilder(ElementTypes.HOST_SUMMARY).id(id).addCssClass("host").addCssClass("host-compact")
                .size(width, HEIGHT).addArgument(NAME, name).addArgument(PLATFORM, platform)
                .addArgument(PLATFORM_X, width - platformWidth - 36).addArgument(CHIPS, chips).addArgument(VMS, vms).addArgument(VMS_X, x + 4);
        double portX = 14;
        for (PhysicalNic nic : host.getNics()) {
            GModelElement port = new GPortBuilder(ElementTypes.PHYSICAL_NIC).id(ElementIds.of(nic)).addCssClass("pnic")
                    .position(portX, -PORT_SIZE / 2).size(PORT_SIZE, PORT_SIZE).build();
            ports.accept(nic, port);
            node.add(port);
            portX += PORT_SIZE + 14;
        }
        return node.build();
    }

    /** The {@code −} (collapse) toggle of a host drawn whole in the overview, placed at its top right corner by the layout. */
    public static GLabel collapseToggle(String hostId) {
        return new GLabelBuilder(ElementTypes.TOGGLE_LABEL).id(hostId + TOGGLE_SUFFIX).text("\u2212").addCssClass("toggle")
                .position(0, 7).size(16, 16).build();
    }

    private static SwitchKind kindOf(VirtualSwitch virtualSwitch) {
        return virtualSwitch.isSetKind() ? virtualSwitch.getKind() : SwitchKind.INTERNAL;
    }
}
