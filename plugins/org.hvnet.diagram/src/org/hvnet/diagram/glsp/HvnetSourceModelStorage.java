// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.hvnet.diagram.gmodel.EstateView;

import com.google.inject.Inject;

/**
 * Opens the .hvnet files a client asks for (only served ones: one file, or all of them in one diagram) and follows them
 * on disk: a change made elsewhere (text editor, another tool) reloads the diagram. Saving is a no-op: every edit is written at once.
 */
public class HvnetSourceModelStorage implements SourceModelStorage, ClientSessionListener {

    @Inject
    private HvnetModelState state;
    @Inject
    private DiagramFiles files;
    @Inject
    private ActionDispatcher dispatcher;
    @Inject
    private ClientSessionManager sessions;
    @Inject
    @ClientId
    private String clientId;

    private final List<AutoCloseable> following = new java.util.ArrayList<>();

    @Override
    public void loadSourceModel(RequestModelAction action) {
        String sourceUri = action.getOptions() == null ? null : action.getOptions().get("sourceUri");
        String view = action.getOptions() == null ? null : action.getOptions().get("view");
        for (EstateView.Mode mode : EstateView.Mode.values()) {
            if (mode.name().equalsIgnoreCase(view)) {
                state.setView(state.view().withMode(mode));
            }
        }
        List<Path> opened = files.resolve(sourceUri).orElseThrow(() -> new GLSPServerException("not a served file: " + sourceUri));
        try {
            state.setFiles(files.documents().take(opened));
        } catch (IOException e) {
            throw new GLSPServerException("cannot read " + opened, e);
        }
        if (following.isEmpty()) {
            for (Path file : opened) {
                try {
                    following.add(files.watch().follow(file, () -> dispatcher.dispatch(new ReloadSourceAction())));
                } catch (IOException e) {
                    throw new GLSPServerException("cannot follow " + file + " on disk", e);
                }
            }
            sessions.addListener(this, clientId);
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        // every operation saved the file already
    }

    @Override
    public void sessionDisposed(ClientSession session) {
        if (state.files() != null) {
            files.documents().giveBack(state.files());
        }
        for (AutoCloseable follow : following) {
            try {
                follow.close();
            } catch (Exception e) {
                LogManager.getLogger(HvnetSourceModelStorage.class).warn("cannot stop following " + state.files().paths(), e);
            }
        }
    }

    /** Re-reads the file; true when it changed. */
    boolean reload() {
        try {
            return state.files().reload();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
