// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/** Requests that would take unbounded memory or time are refused up front, saying what to use instead. */
class ResourceLimitsCommandTest {

    private static String article() {
        return HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet").toString();
    }

    @Test
    void theFullReachMatrixAboveTheLimitPointsToTheSummary() {
        CommandRun run = CommandRun.of("reach", article(), "--max-endpoints", "3");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("hvnet reach: 6 endpoints: their full matrix would have 36 cells (it is printed for at most 3 endpoints); "
                + "use reach --summary (totals and one group per source class)"), run::toString);
        assertEquals("", run.out(), run::toString);
        assertEquals(0, CommandRun.of("reach", article(), "--summary", "--max-endpoints", "3").exitCode());
        assertEquals(0, CommandRun.of("reach", article()).exitCode(), "6 endpoints are far below the default limit");
        assertEquals(2, CommandRun.of("reach", article(), "--max-endpoints", "many").exitCode());
    }

    @Test
    void anAbsurdGeneratedSizeIsRefusedWithTheLargestThatFits() {
        CommandRun run = CommandRun.of("generate", "--hosts", "60000", "--vms-per-host", "200");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("hvnet generate: --hosts 60000 --vms-per-host 200 would write about 1974 MB, more than the 32 MB of "
                + "model text HVNet reads in one run: generate at most 972 hosts with 200 VMs each\n"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void endlessAndHugeInputsExitTwoNamingTheInput() throws Exception {
        for (String device : new String[] { "/dev/zero", "/dev/urandom" }) {
            CommandRun run = CommandRun.of("validate", device);
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().startsWith(device + ": not a regular file (a character device)"), run::toString);
        }
        Path file = Path.of(System.getProperty("java.io.tmpdir")).resolve("hvnet-" + ProcessHandle.current().pid() + "-huge.hvnet");
        // a sparse file of 1 GB (DELETE_ON_CLOSE would unlink it at once on Linux: it is deleted afterwards instead)
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] { '\n' }), 1024L * 1024 * 1024 - 1);
        }
        try {
            CommandRun run = CommandRun.of("simulate", file.toString());
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().startsWith(file + ": too large (1024 MB;"), run::toString);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theSameFileNamedTwiceIsReadOnce() {
        CommandRun run = CommandRun.of("validate", article(), article(), Path.of(article()).getParent().resolve("../examples/article.hvnet").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("1 file checked: 0 errors, 2 warnings\n", run.out());
    }
}
