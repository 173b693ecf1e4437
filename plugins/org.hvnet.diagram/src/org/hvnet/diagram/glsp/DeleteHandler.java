package org.hvnet.diagram.glsp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.hvnet.diagram.gmodel.ElementLookup;
import org.hvnet.diagram.text.ReferenceSite;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.HostVirtualNic;

import com.google.inject.Inject;

/**
 * Deletes elements and connections in two steps: first the references that must go (a deleted edge's
 * {@code on SWITCH} or {@code cable NETWORK}, references to a deleted switch or network) are cut out of the text,
 * then the elements are removed through the change serializer.
 */
public class DeleteHandler implements OperationHandler<DeleteOperation> {

    @Inject
    private TopologyCommands commands;

    @Override
    public Class<DeleteOperation> getHandledOperationType() {
        return DeleteOperation.class;
    }

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        List<String> ids = List.copyOf(operation.getElementIds());
        if (ids.stream().map(commands::element).allMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return commands.ofText("Delete", document -> deletion(document, ids));
    }

    /** The text of {@code document} without the elements and connections {@code ids} (looked up in its topology). */
    private static String deletion(TopologyDocument document, List<String> ids) {
        List<ReferenceSite> cut = new ArrayList<>();
        Set<String> deleted = new LinkedHashSet<>();
        for (String id : ids) {
            boolean connection = id.contains(">");
            EObject element = ElementLookup.find(document.topology(), connection ? id.substring(id.indexOf('>') + 1) : id);
            if (element == null) {
                continue;
            }
            if (!connection) {
                deleted.add(ElementLookup.idOf(element));
                cut.addAll(TopologyEdits.referencesTo(element));
            } else if (element instanceof HostVirtualNic vnic) {
                deleted.add(ElementLookup.idOf(vnic));
            } else {
                TopologyEdits.connectionOf(element).ifPresent(cut::add);
            }
        }
        deleted.remove(null);
        String text = cut.isEmpty() ? document.text() : document.withoutReferences(cut);
        if (deleted.isEmpty()) {
            return text;
        }
        document.reparse(text);
        return document.edit(topology -> deleted.stream().map(id -> ElementLookup.find(topology, id)).filter(Objects::nonNull)
                .forEach(TopologyEdits::delete));
    }
}
