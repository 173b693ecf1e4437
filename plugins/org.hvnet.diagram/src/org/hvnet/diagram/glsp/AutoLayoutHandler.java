// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.hvnet.diagram.layout.LayoutSidecars;

import com.google.inject.Inject;

/** The "auto-layout" action: forgets every moved position (of every file), so ELK lays the whole diagram out again. */
public class AutoLayoutHandler implements OperationHandler<LayoutOperation> {

    @Inject
    private HvnetModelState state;

    @Override
    public Class<LayoutOperation> getHandledOperationType() {
        return LayoutOperation.class;
    }

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        LayoutSidecars sidecars = LayoutSidecars.read(state.files().paths());
        Map<Path, Map<String, GPoint>> none = new LinkedHashMap<>();
        state.files().paths().forEach(path -> none.put(path, Map.of()));
        return Optional.of(new MoveHandler.SidecarCommand("Auto-layout", sidecars, sidecars.byFile(), none));
    }
}
