// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.wizards.hosts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hvnet.interop.hostimport.ImportResult;
import org.hvnet.interop.hostimport.ImportedHost;
import org.hvnet.interop.inventory.InventoryProblem;

/**
 * What the import understood (each host with its platform and switches) and every warning, shown before Finish; an
 * unreadable inventory is an error here and Finish stays disabled.
 */
public class ImportPreviewPage extends WizardPage {

    private final ImportInventoryWizard wizard;
    private Table hosts;
    private Table warnings;

    ImportPreviewPage(ImportInventoryWizard wizard) {
        super("preview");
        this.wizard = wizard;
        setTitle("What the import understood");
        setDescription("Check the hosts and the warnings: what the model will lack or assume. Finish writes the model.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        new Label(page, SWT.NONE).setText("&Hosts:");
        hosts = table(page, 110, "Host", 160, "Platform", 110, "Switches", 420);
        new Label(page, SWT.NONE).setText("&Warnings:");
        warnings = table(page, 200, "File", 170, "Source", 190, "Message", 520);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            show(wizard.importNow());
        }
        super.setVisible(visible);
    }

    /** The rows of the hosts table, each as "host | platform | switches". */
    public List<String> hostRows() {
        return rows(hosts);
    }

    /** The rows of the warnings table, each as "file | source | message". */
    public List<String> warningRows() {
        return rows(warnings);
    }

    private void show(ImportResult result) {
        hosts.removeAll();
        warnings.removeAll();
        for (ImportedHost host : result.hosts()) {
            List<String> switches = new ArrayList<>();
            host.switches().forEach(s -> switches.add(s.name() + " (" + s.kind() + (s.nics().isEmpty() ? "" : " on " + String.join(", ", s.nics()))
                    + (s.netnat() == null ? "" : ", NAT " + s.netnat()) + ")"));
            new TableItem(hosts, SWT.NONE).setText(new String[] {host.name(), host.platform(), String.join("; ", switches)});
        }
        for (InventoryProblem problem : result.problems()) {
            TableItem item = new TableItem(warnings, SWT.NONE);
            item.setText(new String[] {fileName(problem.file()) + (problem.location() == null ? "" : ":" + problem.location()),
                    problem.source() == null ? "" : problem.source(), (problem.isError() ? "error: " : "") + problem.message()});
        }
        for (Table table : List.of(hosts, warnings)) {
            for (TableColumn column : table.getColumns()) {
                if (column != table.getColumn(table.getColumnCount() - 1)) {
                    column.pack();
                }
            }
        }
        if (result.hasErrors()) {
            setErrorMessage(result.errors().size() + " inventory error(s): nothing can be imported. Fix or remove the inventory.");
            setPageComplete(false);
        } else {
            setErrorMessage(null);
            setMessage(result.hosts().size() + " host(s), " + result.warnings().size() + " warning(s).");
            setPageComplete(true);
        }
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    private static Table table(Composite parent, int height, Object... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = height;
        table.setLayoutData(data);
        for (int i = 0; i < columns.length; i += 2) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText((String) columns[i]);
            column.setWidth((Integer) columns[i + 1]);
        }
        return table;
    }

    private static List<String> rows(Table table) {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < table.getColumnCount(); i++) {
                cells.add(item.getText(i));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }
}
