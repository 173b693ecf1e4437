// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.text;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per file for this JVM: the edits of one file (from every diagram client, every diagram server and the
 * workbench's diagrams in this process) are read, merged and written one after the other, never interleaved.
 */
final class FileEditLocks {

    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private FileEditLocks() {
    }

    /** The lock of {@code file} (an absolute, normalized path). */
    static ReentrantLock of(Path file) {
        return LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
    }
}
