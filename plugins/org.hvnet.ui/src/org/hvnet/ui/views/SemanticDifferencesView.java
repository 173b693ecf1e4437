// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.views;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;
import org.hvnet.simulation.diff.AddressChange;
import org.hvnet.simulation.diff.ElementChange;
import org.hvnet.simulation.diff.ExpectationFlip;
import org.hvnet.simulation.diff.ModelDifference;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.compare.ModelVersionText;
import org.hvnet.ui.compare.SemanticComparison;

/**
 * Semantic Differences: what a change does to the network between two versions of a .hvnet file, in the groups of
 * {@code hvnet diff} — elements added, removed and changed (with what changed), addresses changed (rules ),
 * reachability gained and lost (rule T-8, counts), expect lines flipped. Opened by Compare With → Each Other or
 * Previous Version (Semantic Differences).
 */
public class SemanticDifferencesView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.hvnet.ui.views.semanticDifferences";
    /** The job family of the comparisons (tests join it). */
    public static final Object FAMILY = SemanticDifferencesView.class;

    private Label status;
    private Tree tree;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setText("Select two .hvnet files and choose Compare With \u2192 Each Other (Semantic Differences).");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tree = new Tree(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /** Compares {@code older} with {@code newer} in the background and shows the difference. */
    public void compare(ModelVersionText older, ModelVersionText newer) {
        status.setText("Comparing " + older.label() + " \u2192 " + newer.label() + "\u2026");
        tree.removeAll();
        Job job = new Job("Comparing " + older.label() + " with " + newer.label()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ModelDifference difference = null;
                String problem = null;
                try {
                    difference = SemanticComparison.between(HvnetUiPlugin.getDefault().language().injector(), older, newer);
                } catch (SemanticComparison.CannotCompareException e) {
                    problem = e.getMessage();
                } catch (RuntimeException e) {
                    HvnetUiPlugin.log("the comparison failed", e);
                    problem = "The comparison failed: " + e;
                }
                ModelDifference shown = difference;
                String said = problem;
                if (!tree.isDisposed()) {
                    tree.getDisplay().asyncExec(() -> show(older.label() + " \u2192 " + newer.label(), shown, said));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
    }

    private void show(String title, ModelDifference difference, String problem) {
        if (tree.isDisposed()) {
            return;
        }
        tree.removeAll();
        if (difference == null) {
            status.setText(problem);
            return;
        }
        status.setText(title + (difference.isEmpty() ? ": no differences" : ""));
        elements("Elements added", difference.elements().added());
        elements("Elements removed", difference.elements().removed());
        elements("Elements changed", difference.elements().changed());
        TreeItem addresses = group("Addresses changed", difference.addresses().size());
        for (AddressChange change : difference.addresses()) {
            item(addresses, change.iface() + ": " + address(change.oldAddress(), change.oldSource()) + " \u2192 "
                    + address(change.newAddress(), change.newSource()));
        }
        TreeItem reach = new TreeItem(tree, SWT.NONE);
        reach.setText("Reachability: " + difference.reach().gained() + " pairs gained, " + difference.reach().lost() + " lost");
        TreeItem flips = group("Expectations flipped", difference.expectations().size());
        for (ExpectationFlip flip : difference.expectations()) {
            item(flips, "expect " + flip.line() + ": " + ExpectationFlip.verdict(flip.oldPassed()) + " \u2192 " + ExpectationFlip.verdict(flip.newPassed()));
        }
        expand(tree.getItems());
        status.getParent().layout();
    }

    private void elements(String title, List<ElementChange> changes) {
        TreeItem group = group(title, changes.size());
        for (ElementChange change : changes) {
            TreeItem element = item(group, change.kind() + " " + change.name());
            change.changes().forEach(what -> item(element, what));
        }
    }

    /** Expands {@code items} and everything under them (a parent first: GTK keeps a child collapsed under a collapsed parent). */
    private static void expand(TreeItem[] items) {
        for (TreeItem item : items) {
            item.setExpanded(true);
            expand(item.getItems());
        }
    }

    private TreeItem group(String title, int count) {
        TreeItem group = new TreeItem(tree, SWT.NONE);
        group.setText(title + " (" + count + ")");
        return group;
    }

    private static TreeItem item(TreeItem parent, String text) {
        TreeItem item = new TreeItem(parent, SWT.NONE);
        item.setText(text);
        return item;
    }

    private static String address(String address, String source) {
        return address == null ? "none" : address + (source == null ? "" : " (" + source + ")");
    }

    /** The groups and their items (for tests). */
    public Tree tree() {
        return tree;
    }

    /** The line above the groups: what is compared, or why it cannot be (for tests). */
    public String status() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }
}
