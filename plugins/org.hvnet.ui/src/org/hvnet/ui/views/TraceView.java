// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.views;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.hvnet.simulation.traffic.Hop;
import org.hvnet.simulation.traffic.Trace;
import org.hvnet.ui.diagram.DiagramSync;
import org.hvnet.ui.editor.ReconcileResult;

/**
 * Trace: pick a source and a destination, see one packet's hops and its verdict (rule T-7), with the MAC (rule X-5)
 * and VLAN (rule X-3) of each interface the packet passes.
 */
public class TraceView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.hvnet.ui.views.trace";

    private final SimulationRunner runner = new SimulationRunner("Tracing a packet");
    private final SimulationRunner endpointsRunner = new SimulationRunner("Listing endpoints");
    private ActiveModel model;
    private Combo from;
    private Combo to;
    private Label verdict;
    private TableViewer hops;
    /** The MAC and VLAN of each interface of the traced model (the address table's), by {@code OWNER.IFACE}. */
    private Map<String, LinkLayer> linkLayers = Map.of();

    /** A trace with the MAC and VLAN of the model's interfaces. */
    private record Traced(Trace trace, Map<String, LinkLayer> linkLayers) {
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(5, false);
        parent.setLayout(layout);
        new Label(parent, SWT.NONE).setText("From:");
        from = new Combo(parent, SWT.DROP_DOWN);
        from.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(parent, SWT.NONE).setText("To:");
        to = new Combo(parent, SWT.DROP_DOWN);
        to.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button trace = new Button(parent, SWT.PUSH);
        trace.setText("Trace");
        trace.addListener(SWT.Selection, e -> trace());
        // the verdict has a row of its own, wrapped to the view's width: never cut, however narrow the view
        verdict = new Label(parent, SWT.WRAP);
        GridData verdictData = new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1);
        verdict.setLayoutData(verdictData);
        parent.addListener(SWT.Resize, e -> {
            verdictData.widthHint = Math.max(1, parent.getClientArea().width - 2 * layout.marginWidth);
            parent.layout(true);
        });
        hops = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        hops.getTable().setHeaderVisible(true);
        hops.getTable().setLinesVisible(true);
        hops.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        column("Hop", h -> h.at());
        column("Kind", h -> h.kind());
        column("MAC", h -> linkLayerAt(h).mac());
        column("VLAN", h -> linkLayerAt(h).vlan());
        column("What happens", h -> h.detail());
        hops.setContentProvider(ArrayContentProvider.getInstance());
        model = new ActiveModel(getSite().getPage());
        model.subscribe(this::listEndpoints);
    }

    private void column(String title, java.util.function.Function<Hop, String> text) {
        TableViewerColumn column = new TableViewerColumn(hops, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().pack();
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Hop) element);
            }
        });
    }

    private void listEndpoints(ReconcileResult result) {
        endpointsRunner.run(result, simulation -> simulation.matrix().endpoints(), outcome -> {
            if (outcome.value() != null) {
                fill(from, outcome.value());
                fill(to, outcome.value());
            }
        }, from);
    }

    private static void fill(Combo combo, List<String> endpoints) {
        String text = combo.getText();
        combo.setItems(endpoints.toArray(new String[0]));
        combo.setText(text);
    }

    /** Traces from the source to the destination typed or picked. */
    public void trace() {
        trace(from.getText().trim(), to.getText().trim());
    }

    /** Traces one packet from {@code source} to {@code destination} (endpoint texts as in DSL.md). */
    public void trace(String source, String destination) {
        from.setText(source);
        to.setText(destination);
        ReconcileResult result = model.latest();
        if (result == null) {
            showVerdict("Open a .hvnet file first.");
            return;
        }
        if (source.isEmpty() || destination.isEmpty()) {
            showVerdict("Pick a source and a destination.");
            return;
        }
        showVerdict("Tracing…");
        runner.run(result, simulation -> new Traced(simulation.trace(source, destination),
                LinkLayer.byInterface(simulation.addressTable())), outcome -> {
            show(outcome);
            if (outcome.value() != null && model.editor() != null) {
                DiagramSync.showTrace(model.editor(), source, destination);
            }
        }, verdict);
    }

    private void show(SimulationRunner.Outcome<Traced> outcome) {
        Trace trace = outcome.value() == null ? null : outcome.value().trace();
        if (trace == null) {
            showVerdict(outcome.problem());
            hops.setInput(List.of());
            return;
        }
        String text = trace.verdict() + (trace.rule() == null ? "" : " [" + trace.rule() + "]")
                + (trace.reason() == null ? "" : ": " + trace.reason());
        showVerdict(text);
        verdict.setForeground(new Color(trace.delivered() ? new RGB(0, 120, 0) : new RGB(190, 0, 0)));
        linkLayers = outcome.value().linkLayers();
        hops.setInput(trace.hops());
        TableColumns.pack(hops.getTable());
    }

    /** The MAC and VLAN of a hop at an interface (its own step or its ACL's); none for other hops. */
    private LinkLayer linkLayerAt(Hop hop) {
        boolean atInterface = hop.kind().equals("interface") || hop.kind().equals("acl");
        return atInterface ? linkLayers.getOrDefault(hop.at(), LinkLayer.NONE) : LinkLayer.NONE;
    }

    private void showVerdict(String text) {
        verdict.setText(text);
        verdict.getParent().layout(true);
    }

    /** The verdict line's label (for tests). */
    public Label verdictLabel() {
        return verdict;
    }

    /** The hops table (for tests). */
    public org.eclipse.swt.widgets.Table hopsTable() {
        return hops.getTable();
    }

    /** The verdict line (for tests). */
    public String verdictText() {
        return verdict.getText();
    }

    @Override
    public void setFocus() {
        from.setFocus();
    }

    @Override
    public void dispose() {
        if (model != null) {
            model.dispose();
        }
        super.dispose();
    }
}
