// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.files.AtomicFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leftovers of a writer killed in the middle of a write are removed by the next write of the same file. */
class StaleTemporaryFilesTest {

    @TempDir
    Path dir;

    /** The id of a process that ran and has ended. */
    private static long endedProcess() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    @Test
    void aKilledWritersTemporaryFileIsRemovedAndAliveWritersAreLeftAlone() throws Exception {
        Path file = Trial.file(dir.resolve("lab.hvnet"), "old\n", "rw-r--r--");
        long ended = endedProcess();
        Files.writeString(dir.resolve(".lab.hvnet." + ended + "-k1ll3d.hvnet-tmp"), "half a wri");
        String alive = ".lab.hvnet." + ProcessHandle.current().pid() + "-wr1t1ng.hvnet-tmp";
        Files.writeString(dir.resolve(alive), "being writ");
        String otherFile = ".other.hvnet." + ended + "-k1ll3d.hvnet-tmp";
        Files.writeString(dir.resolve(otherFile), "not ours to clean now");
        AtomicFileWriter.write(file, "new\n");
        assertEquals(List.of(alive, otherFile, "lab.hvnet"), Trial.names(dir));
        assertEquals("new\n", Files.readString(file));
    }

    @Test
    void anOldFileKeptAsideIsPutBackWhenItsWriterDiedBeforeTheNewOneWasInPlace() throws Exception {
        long ended = endedProcess();
        Path aside = Files.writeString(dir.resolve(".lab.hvnet." + ended + "-k1ll3d.hvnet-old"), "old\n");
        Path file = dir.resolve("lab.hvnet");
        AtomicFileWriter.checkWritable(file);
        AtomicFileWriter.write(dir.resolve("unrelated.hvnet"), "x\n");
        assertEquals("old\n", Files.readString(aside), "only a write of lab.hvnet looks at its leftovers");
        AtomicFileWriter.write(file, "new\n");
        assertEquals(List.of("lab.hvnet", "unrelated.hvnet"), Trial.names(dir));
        assertEquals("new\n", Files.readString(file));
    }
}
