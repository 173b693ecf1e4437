// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.application;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

/** Makes a folder of the file system a project of the workspace, in place (its files stay where they are). */
public final class WorkspaceProjects {

    private WorkspaceProjects() {
    }

    /** Opens (creating it first if needed) the project whose location is {@code directory}; returns it. */
    public static IProject openFolder(String directory) throws CoreException {
        Path folder = Path.of(directory).toAbsolutePath().normalize();
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        for (IProject existing : workspace.getRoot().getProjects()) {
            if (existing.getLocation() != null && folder.equals(existing.getLocation().toFile().toPath())) {
                open(existing);
                return existing;
            }
        }
        String name = folder.getFileName() == null ? "hvnet" : folder.getFileName().toString();
        IProject project = workspace.getRoot().getProject(name);
        for (int i = 2; project.exists(); i++) {
            project = workspace.getRoot().getProject(name + "-" + i);
        }
        IProjectDescription description = workspace.newProjectDescription(project.getName());
        if (!folder.equals(workspace.getRoot().getLocation().toFile().toPath().resolve(project.getName()))) {
            description.setLocation(org.eclipse.core.runtime.Path.fromOSString(folder.toString()));
        }
        if (!Files.isDirectory(folder)) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(folder + " is not a directory"));
        }
        project.create(description, new NullProgressMonitor());
        open(project);
        return project;
    }

    private static void open(IProject project) throws CoreException {
        if (!project.isOpen()) {
            project.open(new NullProgressMonitor());
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
        if (project.getDefaultCharset(false) == null) {
            project.setDefaultCharset("UTF-8", new NullProgressMonitor()); // .hvnet files are UTF-8
        }
    }

    /** The .hvnet file to show first: {@code article.hvnet} when there is one, else the first by name; or null. */
    public static org.eclipse.core.resources.IFile firstTopology(IProject project) throws CoreException {
        java.util.List<org.eclipse.core.resources.IFile> files = new java.util.ArrayList<>();
        project.accept(resource -> {
            if (resource instanceof org.eclipse.core.resources.IFile file && "hvnet".equals(file.getFileExtension())) {
                files.add(file);
            }
            return true;
        });
        files.sort(java.util.Comparator.comparing((org.eclipse.core.resources.IFile f) -> !f.getName().equals("article.hvnet"))
                .thenComparing(f -> f.getFullPath().toString()));
        return files.isEmpty() ? null : files.get(0);
    }
}
