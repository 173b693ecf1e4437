// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.gmodel.ElementLookup;
import org.hvnet.diagram.text.TextEditCommand;
import org.hvnet.model.Topology;

import com.google.inject.Inject;

/** Turns a change of the topology into the EMF command the GLSP command stack executes (saved, undoable). */
public class TopologyCommands {

    @Inject
    private HvnetModelState state;

    /** The command labelled {@code label} that applies {@code change} to the topologies of the open files. */
    public Optional<Command> of(String label, Consumer<List<Topology>> change) {
        return ofText(label, files -> files.edit(change));
    }

    /** The command labelled {@code label} that applies the text edit {@code edit}. */
    public Optional<Command> ofText(String label, TextEditCommand.TextEdit edit) {
        TextEditCommand command = new TextEditCommand(label, state.files(), edit);
        if (!command.canExecute()) {
            if (command.failure() != null) {
                throw new GLSPServerException(label + ": " + command.failure().getMessage(), command.failure());
            }
            return Optional.empty();
        }
        return Optional.of(command);
    }

    /**
     * The element with diagram id {@code id} in {@code topologies} (the texts an edit is applied to), of {@code type}.
     *
     * @throws IllegalArgumentException when the texts have no such element (any more)
     */
    public static <T extends EObject> T find(List<Topology> topologies, String id, Class<T> type) {
        EObject element = ElementLookup.find(topologies, id);
        if (!type.isInstance(element)) {
            throw new IllegalArgumentException("the file has no " + type.getSimpleName() + " " + id + " (any more)");
        }
        return type.cast(element);
    }

    /** The diagram id of the host that holds the element shown by {@code id} (or is it), else of the first host; null without hosts. */
    public String hostIdAt(String id) {
        org.hvnet.model.Host host = ElementLookup.hostOf(element(id == null ? "" : id));
        if (host != null) {
            return ElementIds.of(host);
        }
        org.hvnet.model.Host first = firstHost();
        return first == null ? null : ElementIds.of(first);
    }

    /** The model element shown by {@code id}, of {@code type}. */
    public <T extends EObject> T element(String id, Class<T> type) {
        EObject element = state.element(id);
        if (!type.isInstance(element)) {
            throw new GLSPServerException("no " + type.getSimpleName() + " in the diagram with id " + id);
        }
        return type.cast(element);
    }

    /** The first host of the topology, or null. */
    public org.hvnet.model.Host firstHost() {
        return state.files().topologies().stream().flatMap(t -> t.getHosts().stream()).findFirst().orElse(null);
    }

    /** The model element shown by {@code id}, or null. */
    public EObject element(String id) {
        return state.element(id);
    }
}
