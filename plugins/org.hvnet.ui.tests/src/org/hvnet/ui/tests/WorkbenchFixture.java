// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.ide.IDE;
import org.hvnet.ui.application.HvnetPerspective;
import org.hvnet.ui.editor.HvnetEditor;

/** The workbench the tests drive: a project with the article's lab, opened in the HVNet perspective. */
final class WorkbenchFixture {

    static final String PROJECT = "article-lab";

    private WorkbenchFixture() {
    }

    /** The repository's examples/article.hvnet. */
    static String articleText() throws IOException {
        String root = System.getProperty("hvnet.root", ".");
        return Files.readString(Path.of(root, "examples", "article.hvnet"), StandardCharsets.UTF_8);
    }

    /**
     * A fresh copy of the article in the test project, as {@code name}, in a folder of its own (the files of a folder
     * are loaded together, and copies side by side would declare every name twice).
     */
    static IFile articleFile(String name) throws CoreException, IOException {
        return file(name, articleText());
    }

    /** A fresh copy of the repository's {@code examples/EXAMPLE.hvnet} in the test project, as {@code name} (see {@link #file}). */
    static IFile exampleFile(String example, String name) throws CoreException, IOException {
        String root = System.getProperty("hvnet.root", ".");
        return file(name, Files.readString(Path.of(root, "examples", example + ".hvnet"), StandardCharsets.UTF_8));
    }

    /** A file {@code name} holding {@code text} in the test project, in a folder of its own (as {@link #articleFile}). */
    static IFile file(String name, String text) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        if (!project.isOpen()) {
            project.open(new NullProgressMonitor());
        }
        project.setDefaultCharset("UTF-8", new NullProgressMonitor());
        org.eclipse.core.resources.IFolder folder = project.getFolder(name.replace(".hvnet", ""));
        if (!folder.exists()) {
            folder.create(true, true, new NullProgressMonitor());
        }
        IFile file = folder.getFile(name);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(bytes), IResource.FORCE, new NullProgressMonitor());
        } else {
            file.create(new ByteArrayInputStream(bytes), true, new NullProgressMonitor());
        }
        return file;
    }

    /** The active page, in the HVNet perspective. */
    static IWorkbenchPage page() throws WorkbenchException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page.getPerspective() == null || !HvnetPerspective.ID.equals(page.getPerspective().getId())) {
            PlatformUI.getWorkbench().showPerspective(HvnetPerspective.ID, page.getWorkbenchWindow());
        }
        return page;
    }

    /** Opens {@code file} with its default editor and waits for the first reconcile. */
    static HvnetEditor open(IFile file) throws Exception {
        HvnetEditor editor = (HvnetEditor) IDE.openEditor(page(), file);
        waitUntil(() -> editor.latestReconcile() != null, 30_000, "the first reconcile of " + file.getName());
        return editor;
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code millis}. */
    static void waitUntil(BooleanSupplier condition, long millis, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Runs pending UI events for {@code millis}. */
    static void settle(long millis) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Waits until the editor shows a reconcile of its current text. */
    static void waitForReconcile(HvnetEditor editor) {
        waitUntil(() -> editor.latestReconcile() != null
                && editor.latestReconcile().parsed().text().equals(editor.viewer().getDocument().get()), 30_000,
                "a reconcile of the current text");
    }

    /** Deletes the test folders of the project except {@code keep} (so that Problems shows one file's markers). */
    static void onlyArticleFolder(String keep) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (project.exists()) {
            for (IResource member : project.members()) {
                if (member.getType() == IResource.FOLDER && !member.getName().equals(keep)) {
                    member.delete(true, new NullProgressMonitor());
                }
            }
        }
    }

    /** Expands the severity groups of the Problems view; true once there was one to expand. */
    static boolean expandProblems(org.eclipse.swt.widgets.Composite parent) {
        boolean expanded = false;
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Tree tree) {
                for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                    if (item.getText().matches("(Errors|Warnings|Infos) \\(\\d+ items?\\)")) {
                        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
                        event.item = item;
                        tree.notifyListeners(org.eclipse.swt.SWT.Expand, event); // JFace creates the children
                        item.setExpanded(true);
                        expanded = true;
                    }
                }
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                expanded |= expandProblems(composite);
            }
        }
        return expanded;
    }

    /**
     * What the Problems view shows, read from its tree: each severity group ({@code Warnings (2 items)}) followed by
     * its entries' descriptions, indented by two spaces, in the view's order.
     */
    static java.util.List<String> problemsShown(org.eclipse.swt.widgets.Composite parent) {
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Tree tree && tree.getItemCount() > 0
                    && tree.getItem(0).getText().matches("(Errors|Warnings|Infos) \\(\\d+ items?\\)")) {
                for (org.eclipse.swt.widgets.TreeItem group : tree.getItems()) {
                    shown.add(group.getText());
                    for (org.eclipse.swt.widgets.TreeItem entry : group.getItems()) {
                        shown.add("  " + entry.getText(0));
                    }
                }
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                shown.addAll(problemsShown(composite));
            }
        }
        return shown;
    }

    /** Takes a screenshot of the whole (virtual) screen into target/NAME with ImageMagick's import. */
    static Path screenshot(String name) throws Exception {
        Path shot = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        Process process = new ProcessBuilder("import", "-window", "root", shot.toString()).redirectErrorStream(true).start();
        while (process.isAlive()) {
            settle(50);
            process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        String output = new String(process.getInputStream().readAllBytes());
        if (process.exitValue() != 0) {
            throw new AssertionError("import failed: " + output);
        }
        return shot;
    }

    /** The controls of type {@code type} in {@code parent} and below, in tree order. */
    static <T extends org.eclipse.swt.widgets.Control> java.util.List<T> controls(org.eclipse.swt.widgets.Composite parent,
            Class<T> type) {
        java.util.List<T> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(controls(composite, type));
            }
        }
        return found;
    }

    /** The controls of type {@code type} in every visible shell of the display (pop-ups and dialogs included). */
    static <T extends org.eclipse.swt.widgets.Control> java.util.List<T> controlsInShells(Class<T> type) {
        java.util.List<T> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Shell shell : Display.getCurrent().getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                found.addAll(controls(shell, type));
            }
        }
        return found;
    }

    /** The width of {@code text} in {@code control}'s font. */
    static int textWidth(org.eclipse.swt.widgets.Control control, String text) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(control);
        try {
            gc.setFont(control.getFont());
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    /** Gives the workbench window the whole screen (Xvfb has no window manager to maximize it). */
    static void fillScreen() {
        org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());
        settle(500);
    }

    /** Takes a screenshot (as {@link #screenshot}) with {@code view} maximized, then restores it. */
    static Path screenshotMaximized(org.eclipse.ui.IViewPart view, String name) throws Exception {
        IWorkbenchPage page = view.getSite().getPage();
        org.eclipse.ui.IWorkbenchPartReference reference = page.getReference(view);
        page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            settle(800);
            return screenshot(name);
        } finally {
            page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            settle(300);
        }
    }

    /** Closes every editor without saving. */
    static void closeEditors() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }
}
