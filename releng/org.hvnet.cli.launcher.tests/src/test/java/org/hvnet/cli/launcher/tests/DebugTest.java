// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An internal failure through the real launcher: the product given too small a heap for a data-centre model runs out
 * of memory inside a subcommand. One line (exit 3) says how to give it more; {@code --debug} adds the stack trace.
 */
class DebugTest {

    @TempDir
    Path dir;

    @Test
    void outOfMemoryIsOneLineAndDebugAddsTheStackTrace() throws IOException, InterruptedException {
        Path model = dir.resolve("dc.hvnet");
        assertEquals(0, Launcher.hvnet("generate", "--hosts", "200", "--vms-per-host", "20", "-o", model.toString()).exitCode());
        Map<String, String> smallHeap = Map.of("HVNET_JAVA_OPTS", "-Xmx24m");
        Launcher.Run plain = Launcher.run(List.of(Launcher.HVNET.toString(), "simulate", model.toString()), smallHeap, dir);
        assertEquals(3, plain.exitCode(), plain::toString);
        assertEquals(1, plain.err().lines().count(), plain::toString);
        assertTrue(plain.err().startsWith("hvnet simulate: out of memory: the model needs more than the "), plain::toString);
        Launcher.Run debug = Launcher.run(List.of(Launcher.HVNET.toString(), "--debug", "simulate", model.toString()), smallHeap, dir);
        assertEquals(3, debug.exitCode(), debug::toString);
        List<String> lines = debug.err().lines().toList();
        assertEquals(plain.err().lines().findFirst().orElseThrow(), lines.get(0), debug::toString);
        assertTrue(lines.size() > 5 && lines.stream().anyMatch(line -> line.contains("java.lang.OutOfMemoryError")), debug::toString);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("\tat ")), debug::toString);
    }
}
