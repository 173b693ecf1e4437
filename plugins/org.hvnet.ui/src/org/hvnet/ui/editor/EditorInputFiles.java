// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.hvnet.ui.HvnetUiPlugin;

/** Where an editor's text lives, and the other .hvnet files of its folder that are loaded beside it. */
public final class EditorInputFiles {

    private EditorInputFiles() {
    }

    /** The workspace file of an editor input, or null. */
    public static IFile fileOf(IEditorInput input) {
        return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : input == null ? null : input.getAdapter(IFile.class);
    }

    /** The URI the text of {@code input} is parsed under. */
    public static URI uriOf(IEditorInput input) {
        IFile file = fileOf(input);
        if (file != null && file.getLocation() != null) {
            return URI.createFileURI(file.getLocation().toOSString());
        }
        if (file != null) {
            return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
        }
        if (input instanceof IURIEditorInput uriInput) {
            return URI.createURI(uriInput.getURI().toString());
        }
        return URI.createURI("memory:/" + (input == null ? "untitled" : input.getName()));
    }

    /** The URI a workspace file is parsed under. */
    public static URI uriOf(IFile file) {
        return file.getLocation() != null ? URI.createFileURI(file.getLocation().toOSString())
                : URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    /** The texts of the other .hvnet files in the folder of {@code file} (URI to text). */
    public static Map<URI, String> siblingsOf(IFile file) {
        Map<URI, String> siblings = new LinkedHashMap<>();
        if (file == null || file.getParent() == null) {
            return siblings;
        }
        IContainer folder = file.getParent();
        try {
            for (IResource member : folder.members()) {
                if (member instanceof IFile sibling && !sibling.equals(file) && "hvnet".equals(sibling.getFileExtension())
                        && sibling.isAccessible()) {
                    siblings.put(uriOf(sibling), read(sibling));
                }
            }
        } catch (CoreException | IOException e) {
            HvnetUiPlugin.warn("names in " + file.getFullPath() + " resolve without the other files of its folder, which cannot be read", e);
        }
        return siblings;
    }

    /** The text of a workspace file (UTF-8; the byte order mark Windows Notepad writes is not part of the text). */
    public static String read(IFile file) throws CoreException, IOException {
        try (InputStream in = file.getContents(true)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }
}
