// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.views;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;
import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.ui.editor.ReconcileResult;

/**
 * Addresses: every interface's IPv4 address (rules) with its MAC (rule X-5) and VLAN (rule X-3), as
 * {@code hvnet addresses} lists them, in a sortable table.
 */
public class AddressesView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.hvnet.ui.views.addresses";

    private static final List<Column> COLUMNS = List.of(
            new Column("Interface", 230, InterfaceAddress::label),
            new Column("Segment", 110, a -> a.segment() == null ? "" : a.segment()),
            new Column("Address", 125, a -> a.address() == null ? "none" : a.address()),
            new Column("Source", 60, a -> a.source() == null ? "" : a.source().label()),
            new Column("Server", 70, a -> a.server() == null ? "" : a.server()),
            new Column("Gateway", 120, a -> a.gateway() == null ? "" : a.gateway()),
            new Column("MAC", 130, a -> LinkLayer.mac(a)),
            new Column("VLAN", 80, a -> LinkLayer.vlan(a)),
            new Column("Note", 300, a -> a.note() == null ? "" : a.note()));

    private record Column(String title, int width, Function<InterfaceAddress, String> text) {
    }

    private final SimulationRunner runner = new SimulationRunner("Computing addresses");
    private ActiveModel model;
    private TableViewer viewer;
    private Label status;
    private int sortColumn = -1;
    private int sortDirection = SWT.UP;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column column = COLUMNS.get(i);
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
            viewerColumn.getColumn().setText(column.title());
            viewerColumn.getColumn().setWidth(column.width());
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply((InterfaceAddress) element);
                }
            });
            int index = i;
            viewerColumn.getColumn().addListener(SWT.Selection, e -> sortBy(index, viewerColumn.getColumn()));
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortColumn < 0) {
                    return 0;
                }
                Function<InterfaceAddress, String> text = COLUMNS.get(sortColumn).text();
                int c = text.apply((InterfaceAddress) a).compareTo(text.apply((InterfaceAddress) b));
                return sortDirection == SWT.UP ? c : -c;
            }
        });
        model = new ActiveModel(getSite().getPage());
        model.subscribe(this::simulate);
        if (model.latest() == null) {
            status.setText("Open a .hvnet file to see its addresses.");
        }
    }

    private void sortBy(int index, TableColumn column) {
        sortDirection = sortColumn == index && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        sortColumn = index;
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(sortDirection);
        viewer.refresh();
    }

    private void simulate(ReconcileResult result) {
        status.setText("Computing addresses…");
        runner.run(result, simulation -> simulation.addressTable(), outcome -> {
            if (outcome.value() == null) {
                status.setText(outcome.problem());
                viewer.setInput(List.of());
            } else {
                status.setText(outcome.value().size() + " interfaces (rules A-1 to A-5)");
                viewer.setInput(outcome.value());
                TableColumns.pack(viewer.getTable()); // no address, segment or note cut
            }
        }, viewer.getControl());
    }

    /** The table (for tests). */
    public Table table() {
        return viewer.getTable();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (model != null) {
            model.dispose();
        }
        super.dispose();
    }
}
