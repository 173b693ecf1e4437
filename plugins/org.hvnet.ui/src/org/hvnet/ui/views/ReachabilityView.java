// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.views;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.hvnet.ui.editor.ReconcileResult;

/**
 * Reachability: the matrix of all endpoints (rule T-8), row = source, green where the packet is delivered; each row
 * with its endpoint's MAC (rule X-5) and VLAN (rule X-3), as {@code hvnet addresses} lists them.
 */
public class ReachabilityView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.hvnet.ui.views.reachability";
    /** The largest matrix drawn; bigger ones are cut (the command line prints them whole). */
    static final int MAX_ENDPOINTS = 120;

    private static final Color REACHABLE = new Color(new RGB(200, 240, 200));
    private static final Color UNREACHABLE = new Color(new RGB(250, 205, 205));

    private final SimulationRunner runner = new SimulationRunner("Computing reachability");
    private ActiveModel model;
    private Label status;
    private Table table;

    /** The columns before the endpoints': the row's endpoint, its MAC and its VLAN. */
    public static final int FIRST_ENDPOINT_COLUMN = 3;

    /** The computed part of a matrix, with the MAC and VLAN of each endpoint shown. */
    private record Matrix(List<String> endpoints, boolean[][] reachable, int total, List<LinkLayer> linkLayers) {
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new Table(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        model = new ActiveModel(getSite().getPage());
        model.subscribe(this::simulate);
    }

    private void simulate(ReconcileResult result) {
        status.setText("Computing reachability…");
        runner.run(result, simulation -> {
            var matrix = simulation.matrix();
            int n = Math.min(matrix.size(), MAX_ENDPOINTS);
            boolean[][] cells = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    cells[i][j] = matrix.reachable(i, j);
                }
            }
            List<String> endpoints = matrix.endpoints().subList(0, n);
            Map<String, LinkLayer> byInterface = LinkLayer.byInterface(simulation.addressTable());
            List<LinkLayer> linkLayers = endpoints.stream().map(e -> byInterface.getOrDefault(e, LinkLayer.NONE)).toList();
            return new Matrix(endpoints, cells, matrix.size(), linkLayers);
        }, outcome -> show(outcome), table);
    }

    private void show(SimulationRunner.Outcome<Matrix> outcome) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            Matrix matrix = outcome.value();
            if (matrix == null) {
                status.setText(outcome.problem());
                return;
            }
            status.setText(matrix.total() + " endpoints (rule T-8), row = source"
                    + (matrix.total() > matrix.endpoints().size() ? "; the first " + matrix.endpoints().size() + " shown" : ""));
            TableColumn corner = new TableColumn(table, SWT.LEFT);
            corner.setText("from \\ to");
            new TableColumn(table, SWT.LEFT).setText("MAC");
            new TableColumn(table, SWT.LEFT).setText("VLAN");
            for (String endpoint : matrix.endpoints()) {
                TableColumn column = new TableColumn(table, SWT.CENTER);
                column.setText(endpoint);
                column.setToolTipText(endpoint);
            }
            for (int i = 0; i < matrix.endpoints().size(); i++) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, matrix.endpoints().get(i));
                item.setText(1, matrix.linkLayers().get(i).mac());
                item.setText(2, matrix.linkLayers().get(i).vlan());
                for (int j = 0; j < matrix.endpoints().size(); j++) {
                    boolean reachable = matrix.reachable()[i][j];
                    item.setText(FIRST_ENDPOINT_COLUMN + j, reachable ? "\u2713" : "\u2717");
                    item.setBackground(FIRST_ENDPOINT_COLUMN + j, reachable ? REACHABLE : UNREACHABLE);
                }
            }
            TableColumns.pack(table); // every header whole, however long the endpoint's name
        } finally {
            table.setRedraw(true);
        }
    }

    /** The matrix table (for tests). */
    public Table table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (model != null) {
            model.dispose();
        }
        super.dispose();
    }
}
