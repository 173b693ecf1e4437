// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.InternalFailure;
import org.hvnet.cli.Subcommand;
import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes 0/1/2 of DSL.md, and bad input reported in one line that names the input. */
class ExitCodeTest {

    @TempDir
    Path dir;

    private static String article() {
        return HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet").toString();
    }

    @Test
    void validExampleExitsZero() {
        CommandRun run = CommandRun.of("validate", article());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("1 file checked: 0 errors, 2 warnings\n", run.out(), run::toString);
    }

    @Test
    void syntaxErrorExitsOneWithFileLineColumn() throws IOException {
        Path file = dir.resolve("broken.hvnet");
        Files.writeString(file, "topology T\nnetwork N {\n    subnet 10.0.0.0/24\n    rooter 10.0.0.1\n}\n");
        CommandRun run = CommandRun.of("validate", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(file + ":4:5: ERROR: "), run::toString);
        assertTrue(run.err().contains("[syntax]"), run::toString);
        assertFalse(run.err().contains("Exception"), run::toString);
    }

    @Test
    void missingFileExitsTwo() {
        CommandRun run = CommandRun.of("validate", dir.resolve("nowhere.hvnet").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(dir.resolve("nowhere.hvnet") + ": no such file or directory\n", run.err());
    }

    @Test
    void unreadableDirectoryExitsTwo() throws IOException {
        Path locked = dir.resolve("locked");
        Files.createDirectory(locked);
        Files.writeString(locked.resolve("a.hvnet"), "topology A\n");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path target = locked;
        if (root) {
            // root reads every directory whatever its mode: use one whose listing fails (a symlink loop)
            target = dir.resolve("loop");
            Files.createSymbolicLink(target, target);
        } else {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        }
        try {
            CommandRun run = CommandRun.of("validate", target.toString());
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().startsWith(target.toString() + ": "), run::toString);
            assertEquals(1, run.err().lines().count(), run::toString);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void binaryGarbageExitsTwo() throws IOException {
        Path file = dir.resolve("garbage.hvnet");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Files.write(file, bytes);
        CommandRun run = CommandRun.of("validate", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("not a text file"), run::toString);
    }

    @Test
    void invalidUtf8ExitsTwo() throws IOException {
        Path file = dir.resolve("latin1.hvnet");
        Files.write(file, new byte[] {'t', 'o', 'p', 'o', (byte) 0xE9, '\n'});
        CommandRun run = CommandRun.of("validate", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("not a UTF-8 text file"), run::toString);
    }

    @Test
    void tenMegabyteFileIsRead() throws IOException {
        Path file = dir.resolve("big.hvnet");
        StringBuilder text = new StringBuilder("topology Big\nnetwork Lan { subnet 10.0.0.0/8 }\n");
        int host = 0;
        while (text.length() < 10 * 1024 * 1024) {
            text.append("host H").append(host).append(" platform hyperv-2012 {\n")
                    .append("    nic \"Local Area Connection\" cable Lan { bind vswitch }\n")
                    .append("    switch Ext external on \"Local Area Connection\"\n")
                    .append("    vm V").append(host).append(" { nic eth0 on Ext { ipv4 static 10.")
                    .append(host / 65536 % 256).append('.').append(host / 256 % 256).append('.').append(host % 256 == 0 ? 1 : host % 256)
                    .append("/8 } }\n}\n");
            host++;
        }
        Files.writeString(file, text);
        CommandRun run = CommandRun.of("validate", "--format", "json", file.toString());
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run::toString);
        assertFalse(run.out().contains("\"rule\": \"syntax\""), () -> run.out().substring(0, Math.min(2000, run.out().length())));
    }

    @Test
    void unknownSubcommandOptionOrFormatExitTwo() {
        assertEquals(2, CommandRun.of("frobnicate").exitCode());
        assertEquals(2, CommandRun.of("validate", "--frob", article()).exitCode());
        CommandRun run = CommandRun.of("validate", "--format", "yaml", article());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("usage: hvnet validate"), run::toString);
        assertEquals(2, CommandRun.of("validate").exitCode());
        assertEquals(2, CommandRun.of().exitCode());
    }

    @Test
    void helpListsEverySubcommandAndTheExitCodes() {
        CommandRun run = CommandRun.of("help");
        assertEquals(0, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of("simulate", "validate", "install", "addresses", "trace", "reach", "check", "diff", "format", "convert", "diagram",
                "serve", "workbench", "lsp", "generate", "import", "export", "completion", "help", "version"), lines.stream().filter(line -> line.startsWith("  ")).map(line -> line.trim().split(" ")[0])
                .toList(), run::toString);
        assertEquals("exit codes: 0 ok, 1 model errors or failed expectations, 2 bad usage or unreadable input, 3 internal error",
                lines.get(lines.size() - 1));
    }

    @Test
    void aFileNamedExplicitlyIsReadAsATopologyWhateverItsName() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "topology T\nnetwork N { router 1.2.3.400 }\n");
        CommandRun run = CommandRun.of("validate", notes.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(notes + ":2:20: ERROR: '1.2.3.400' is not an IPv4 address: octet 400 is greater than 255 [syntax]\n", run.err());
    }

    @Test
    void anInternalErrorExitsThreeWithOneLine() {
        CommandRun run = runFailing(new IllegalStateException("the snapshot has no port 7"));
        assertEquals(3, run.exitCode(), run::toString);
        assertEquals("hvnet fail: internal error: java.lang.IllegalStateException: the snapshot has no port 7 (please report this;"
                + " --debug prints the stack trace)\n", run.err());
    }

    @Test
    void debugPrintsTheStackTraceOfAnInternalErrorAndStillExitsThree() {
        for (String[] args : new String[][] { { "--debug", "fail" }, { "fail", "--debug" } }) {
            CommandRun run = runFailing(new IllegalStateException("the snapshot has no port 7"), args);
            assertEquals(3, run.exitCode(), run::toString);
            List<String> lines = run.err().lines().toList();
            assertTrue(lines.get(0).startsWith("hvnet fail: internal error: java.lang.IllegalStateException"), run::toString);
            assertEquals("java.lang.IllegalStateException: the snapshot has no port 7", lines.get(1), run::toString);
            assertTrue(lines.get(2).startsWith("\tat org.hvnet.cli.tests.ExitCodeTest"), run::toString);
        }
    }

    @Test
    void runningOutOfMemoryExitsThreeAndSaysHowToGiveItMore() {
        CommandRun run = runFailing(new OutOfMemoryError("Java heap space"));
        assertEquals(3, run.exitCode(), run::toString);
        assertEquals(List.of(InternalFailure.line("fail", new OutOfMemoryError(), Runtime.getRuntime().maxMemory())),
                run.err().lines().toList());
        assertEquals("hvnet simulate: out of memory: the model needs more than the 1024 MB the Java heap may use; give it more, e.g."
                + " HVNET_JAVA_OPTS=-Xmx2g ./hvnet simulate ...", InternalFailure.line("simulate", new OutOfMemoryError(), 1024L << 20));
        assertEquals("hvnet simulate: out of memory: the model needs more than the 3072 MB the Java heap may use; give it more, e.g."
                + " HVNET_JAVA_OPTS=-Xmx6g ./hvnet simulate ...", InternalFailure.line("simulate", new OutOfMemoryError(), 3072L << 20));
        // Xtext's parser wraps the error it ran into: still out of memory, not an internal error
        assertEquals(InternalFailure.line("simulate", new OutOfMemoryError(), 1024L << 20), InternalFailure.line("simulate",
                new IllegalStateException(new RuntimeException(new OutOfMemoryError("Java heap space"))), 1024L << 20));
    }

    /** {@code hvnet fail} (or {@code args}) with one subcommand, {@code fail}, that throws {@code failure}. */
    private static CommandRun runFailing(Throwable failure, String... args) {
        Subcommand fail = new Subcommand() {
            @Override
            public String name() {
                return "fail";
            }

            @Override
            public String usage() {
                return "fail";
            }

            @Override
            public String summary() {
                return "fails inside";
            }

            @Override
            public int run(CommandArguments arguments, CommandContext context) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
        };
        return CommandRun.of(List.of(fail), args.length == 0 ? new String[] { "fail" } : args);
    }
}
