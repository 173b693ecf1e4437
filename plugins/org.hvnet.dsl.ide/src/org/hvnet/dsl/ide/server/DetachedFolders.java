// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.google.inject.Singleton;

/**
 * The folders the server serves because a file was opened there outside every workspace folder (an editor with a
 * single file and no folder open): only the {@code .hvnet} files directly in them are loaded, never a whole tree
 * such as a home folder.
 */
@Singleton
public class DetachedFolders {

    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /** Serves {@code folder} for a file opened there. */
    void add(Path folder) {
        folders.add(folder.toAbsolutePath().normalize());
    }

    /** True for a folder served only for the files directly in it. */
    boolean contains(Path folder) {
        return folders.contains(folder.toAbsolutePath().normalize());
    }
}
