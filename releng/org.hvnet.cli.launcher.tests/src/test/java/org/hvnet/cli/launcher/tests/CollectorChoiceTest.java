// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A garbage collector chosen in {@code HVNET_JAVA_OPTS} replaces the one the launcher picks (the JVM refuses two), for
 * every collector's name, digits included ({@code -XX:+UseG1GC}), and for each of the launcher's choices: a command,
 * the language server (parallel collector) and the diagram server.
 */
class CollectorChoiceTest {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        "version, -XX:+UseG1GC",
        "version, -XX:+UseZGC",
        "version, -XX:+UseParallelGC",
        "lsp, -XX:+UseG1GC",
        "lsp, -XX:+UseSerialGC",
        "serve --help, -XX:+UseG1GC",
    })
    void theUsersCollectorReplacesTheLaunchersOne(String subcommand, String collector) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Launcher.HVNET.toString()));
        command.addAll(List.of(subcommand.split(" ")));
        Launcher.Run run = Launcher.run(command, Map.of("HVNET_JAVA_OPTS", collector + " -XX:+PrintCommandLineFlags"), Launcher.ROOT);
        assertEquals(0, run.exitCode(), run::toString);
        // the JVM prints the flags it runs with: the user's collector, and no other
        String flags = run.out().lines().filter(line -> line.contains("-XX:InitialHeapSize")).findFirst().orElse("");
        assertTrue(flags.contains(collector + " "), run::toString);
        assertEquals(1, flags.split("-XX:\\+Use[A-Za-z0-9]*GC\\b", -1).length - 1, run::toString);
    }
}
