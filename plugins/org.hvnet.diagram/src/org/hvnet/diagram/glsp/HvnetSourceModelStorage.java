package org.hvnet.diagram.glsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

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
import org.hvnet.diagram.text.TopologyDocument;

import com.google.inject.Inject;

/**
 * Opens the .hvnet file a client asks for (only a served one) and follows it on disk: a change made elsewhere
 * (text editor, another tool) reloads the diagram. Saving is a no-op: every edit is written at once.
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

    private AutoCloseable following;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        String sourceUri = action.getOptions() == null ? null : action.getOptions().get("sourceUri");
        Path file = files.resolve(sourceUri).orElseThrow(() -> new GLSPServerException("not a served file: " + sourceUri));
        try {
            state.setDocument(TopologyDocument.open(file, files.language()));
        } catch (IOException e) {
            throw new GLSPServerException("cannot read " + file, e);
        }
        if (following == null) {
            try {
                following = files.watch().follow(file, () -> dispatcher.dispatch(new ReloadSourceAction()));
            } catch (IOException e) {
                throw new GLSPServerException("cannot follow " + file + " on disk", e);
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
        if (following != null) {
            try {
                following.close();
            } catch (Exception e) {
                LogManager.getLogger(HvnetSourceModelStorage.class).warn("cannot stop following " + state.document().file(), e);
            }
        }
    }

    /** Re-reads the file; true when it changed. */
    boolean reload() {
        try {
            return state.document().reload();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
