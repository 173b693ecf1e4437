// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.hvnet.diagram.export.DiagramMarker;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyFiles;

import com.google.inject.Inject;

/**
 * The state of one diagram session: the open files (one, or those of a directory), the diagram last built from them, the layers shown, and
 * the markers last computed. Every edit is saved at once, so the diagram is never dirty.
 */
public class HvnetModelState extends DefaultGModelState {

    private TopologyFiles files;
    private DiagramGraph graph;
    private DiagramFilters filters = DiagramFilters.ALL;
    private EstateView view = EstateView.AUTO;
    private Map<String, List<DiagramMarker>> markers = Map.of();
    private org.hvnet.diagram.gmodel.TraceOverlay trace;
    private boolean changesShown = true;

    /** Sets the command stack that reports failed commands to the client (see {@link ReportingCommandStack}). */
    @Override
    @Inject
    public void init() {
        super.init();
        setCommandStack(new ReportingCommandStack());
    }

    /** The open files (null before the model was requested). */
    public TopologyFiles files() {
        return files;
    }

    /** The first open file (null before the model was requested). */
    public TopologyDocument document() {
        return files == null ? null : files.first();
    }

    /** Opens {@code newFiles} in this session. */
    public void setFiles(TopologyFiles newFiles) {
        this.files = newFiles;
    }

    /** Opens the one file {@code newDocument} in this session. */
    public void setDocument(TopologyDocument newDocument) {
        this.files = TopologyFiles.of(newDocument);
    }

    /** The diagram last built. */
    public DiagramGraph graph() {
        return graph;
    }

    /** Remembers the diagram just built (and sets its root). */
    public void setGraph(DiagramGraph newGraph) {
        this.graph = newGraph;
        updateRoot(newGraph.root());
    }

    /** The model element shown by the diagram element {@code id}, or null. */
    public EObject element(String id) {
        return graph == null ? null : graph.element(id);
    }

    /** The layers shown. */
    public DiagramFilters filters() {
        return filters;
    }

    /** Changes the layers shown. */
    public void setFilters(DiagramFilters newFilters) {
        this.filters = newFilters;
    }

    /** How the estate is shown: overview or detail, hosts expanded, what is shown only. */
    public EstateView view() {
        return view;
    }

    /** Changes how the estate is shown. */
    public void setView(EstateView newView) {
        this.view = newView;
    }

    /** The markers last computed, by element id. */
    public Map<String, List<DiagramMarker>> markers() {
        return markers;
    }

    /** Remembers the markers just computed. */
    public void setMarkers(Map<String, List<DiagramMarker>> newMarkers) {
        this.markers = newMarkers;
    }

    /** The traced packet shown on the diagram, or null. */
    public org.hvnet.diagram.gmodel.TraceOverlay trace() {
        return trace;
    }

    /** Shows a traced packet (null clears it). */
    public void setTrace(org.hvnet.diagram.gmodel.TraceOverlay newTrace) {
        this.trace = newTrace;
    }

    /** True when the changes layer is shown (it is, at first, when the server compares with an older version). */
    public boolean changesShown() {
        return changesShown;
    }

    /** Shows or hides the changes layer. */
    public void setChangesShown(boolean shown) {
        this.changesShown = shown;
    }

    /** Flushes undo and redo (after the file changed on disk: the text snapshots no longer apply). */
    public void forgetHistory() {
        commandStack.flush();
    }

    @Override
    public boolean isDirty() {
        return false;
    }
}
