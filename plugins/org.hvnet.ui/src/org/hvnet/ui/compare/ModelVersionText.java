// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.CoreException;

/** One version of a .hvnet file to compare: how it is named to the user, and its text. */
public record ModelVersionText(String label, String text) {

    /** The file as it is in the workspace. */
    public static ModelVersionText of(IFile file) throws CoreException {
        try (InputStream in = file.getContents(true)) {
            return new ModelVersionText(file.getFullPath().toString(), new String(in.readAllBytes(), charset(file.getCharset())));
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getFullPath(), e));
        }
    }

    /** A state of the file's local history, named by the file and the time it was saved. */
    public static ModelVersionText of(IFile file, IFileState state) throws CoreException {
        try (InputStream in = state.getContents()) {
            String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .format(java.time.Instant.ofEpochMilli(state.getModificationTime()).atZone(java.time.ZoneId.systemDefault()));
            return new ModelVersionText(file.getFullPath() + " (" + when + ")", new String(in.readAllBytes(), charset(state.getCharset())));
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read the local history of " + file.getFullPath(), e));
        }
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
