// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.gmodel.ElementLookup;
import org.hvnet.diagram.text.ReferenceSite;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.diagram.text.TopologyFiles;
import org.hvnet.model.HostVirtualNic;

import com.google.inject.Inject;

/**
 * Deletes elements and connections in two steps: first the references that must go (a deleted edge's
 * {@code on SWITCH} or {@code cable NETWORK}, references to a deleted switch or network, in every file of the model)
 * are cut out of the text, then the elements are removed through the change serializer, with the {@code expect} lines
 * that name them: the client is told which lines went (Undo brings them back).
 */
public class DeleteHandler implements OperationHandler<DeleteOperation> {

    @Inject
    private TopologyCommands commands;
    @Inject
    private ActionDispatcher dispatcher;

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
        // read before the command is prepared: preparing it parses the files again
        Optional<MessageAction> removed = ExpectLines.removedBy(commands, ids);
        Optional<Command> command = commands.ofText("Delete", files -> deletion(files, ids));
        command.ifPresent(c -> removed.ifPresent(dispatcher::dispatch));
        return command;
    }

    /** The texts of {@code files} without the elements and connections {@code ids} (looked up in its topologies). */
    private static Map<TopologyDocument, String> deletion(TopologyFiles files, List<String> ids) {
        List<ReferenceSite> cut = new ArrayList<>();
        Set<String> deleted = new LinkedHashSet<>();
        for (String id : ids) {
            boolean connection = ElementIds.isEdge(id);
            EObject element = ElementLookup.find(files.topologies(), connection ? id.substring(id.indexOf('>') + 1) : id);
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
        Map<TopologyDocument, String> texts = new LinkedHashMap<>();
        for (TopologyDocument document : files.documents()) {
            List<ReferenceSite> own = cut.stream().filter(site -> files.documentOf(site.owner()) == document).toList();
            if (!own.isEmpty()) {
                texts.put(document, document.withoutReferences(own));
            }
        }
        if (deleted.isEmpty()) {
            return texts;
        }
        files.reparse(texts);
        texts.putAll(files.edit(topologies -> deleted.stream().map(id -> ElementLookup.find(topologies, id)).filter(Objects::nonNull)
                .forEach(TopologyEdits::delete)));
        return texts;
    }
}
