// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.Host;
import org.hvnet.model.SwitchKind;

/** The palette's switch of one kind, in the host it is dropped on (or the first host); an external one takes a free NIC. */
public abstract class CreateSwitchHandler extends NodeCreation {

    private final SwitchKind kind;

    /** The tool of switches of {@code kind}, shown as {@code label}. */
    protected CreateSwitchHandler(SwitchKind kind, String label) {
        super(ElementTypes.SWITCH_OF_KIND + kind.getLiteral(), label);
        this.kind = kind;
    }

    @Override
    protected Optional<Command> create(String containerId) {
        String hostId = commands.hostIdAt(containerId);
        return hostId == null ? Optional.empty()
                : commands.of("Create " + kind.getLiteral() + " switch", t -> TopologyEdits.addSwitch(TopologyCommands.find(t, hostId, Host.class), kind));
    }

    /** "External switch". */
    public static class External extends CreateSwitchHandler {
        /** The external switch tool. */
        public External() {
            super(SwitchKind.EXTERNAL, "External switch");
        }
    }

    /** "Internal switch". */
    public static class Internal extends CreateSwitchHandler {
        /** The internal switch tool. */
        public Internal() {
            super(SwitchKind.INTERNAL, "Internal switch");
        }
    }

    /** "Default Switch" (rule X-2: Hyper-V on Windows 10/11). */
    public static class Default extends CreateSwitchHandler {
        /** The Default Switch tool. */
        public Default() {
            super(SwitchKind.DEFAULT, "Default Switch (NAT + DHCP)");
        }
    }

    /** "Private switch". */
    public static class Private extends CreateSwitchHandler {
        /** The private switch tool. */
        public Private() {
            super(SwitchKind.PRIVATE, "Private switch");
        }
    }
}
