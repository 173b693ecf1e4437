// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hvnet.cli.Subcommand;
import org.hvnet.cli.Subcommands;
import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hvnet completion bash|zsh|powershell}: scripts written from the help's metadata. Bash's completion function
 * runs here for a few command lines, as bash calls it when the user presses Tab.
 */
class CompletionTest {

    @TempDir
    Path dir;

    /** What bash's completion of hvnet offers for {@code words}, the last one being completed, in {@link #dir}. */
    private List<String> complete(String... words) throws IOException, InterruptedException {
        Path script = Files.createTempFile("hvnet", ".bash");
        script.toFile().deleteOnExit();
        Files.writeString(script, CommandRun.of("completion", "bash").out());
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word.replace("'", "'\\''")).append("'");
        }
        String program = "source '" + script + "'\nCOMP_WORDS=(" + array + ")\nCOMP_CWORD=" + (words.length - 1)
                + "\n_hvnet\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program).directory(dir.toFile()).redirectErrorStream(false).start();
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("", err.replaceAll("(?m)^.*compopt: not currently executing completion function\n", ""), out);
        return out.lines().filter(line -> !line.isEmpty()).sorted().toList();
    }

    @Test
    void bashCompletesSubcommandsOptionsValuesAndModelFiles() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("lab.hvnet"), "topology Lab\n");
        Files.writeString(dir.resolve("notes.txt"), "not a model\n");
        Files.createDirectory(dir.resolve("labs"));
        assertEquals(List.of("simulate"), complete("hvnet", "sim"));
        assertEquals(List.of("check", "completion", "convert"), complete("hvnet", "c"));
        assertEquals(List.of("--format"), complete("hvnet", "validate", "--fo"));
        assertEquals(List.of("json", "sarif", "text"), complete("hvnet", "validate", "--format", ""));
        assertEquals(List.of("--summary"), complete("hvnet", "simulate", "lab.hvnet", "--s"));
        assertEquals(List.of("lab.hvnet", "labs"), complete("hvnet", "simulate", ""));
        assertEquals(List.of("lab.hvnet", "labs", "notes.txt"), complete("hvnet", "install", "lab.hvnet", "-o", ""));
        assertEquals(List.of("hvnet", "xmi"), complete("hvnet", "convert", "lab.hvnet", "--to", ""));
        assertEquals(List.of("always", "auto", "never"), complete("hvnet", "--color", ""));
        assertEquals(List.of("simulate"), complete("hvnet", "--debug", "--color", "never", "simu"));
        assertEquals(List.of("trace"), complete("hvnet", "help", "tr"));
        assertEquals(List.of("bash", "powershell", "zsh"), complete("hvnet", "completion", ""));
        assertEquals(List.of(), complete("hvnet", "trace", "lab.hvnet", ""), "FROM is a name: nothing to complete");
    }

    @Test
    void everyScriptKnowsEverySubcommandAndZshAcceptsItsScript() throws IOException, InterruptedException {
        for (String shell : List.of("bash", "zsh", "powershell")) {
            CommandRun run = CommandRun.of("completion", shell);
            assertEquals(0, run.exitCode(), run::toString);
            for (Subcommand command : Subcommands.all()) {
                assertTrue(run.out().contains(command.name()), () -> shell + " lacks " + command.name());
            }
        }
        Path bashScript = Files.writeString(dir.resolve("hvnet.bash"), CommandRun.of("completion", "bash").out());
        assertEquals(0, new ProcessBuilder("bash", "-n", bashScript.toString()).inheritIO().start().waitFor());
        if (new java.io.File("/usr/bin/zsh").canExecute() || new java.io.File("/bin/zsh").canExecute()) {
            Path zshScript = Files.writeString(dir.resolve("_hvnet"), CommandRun.of("completion", "zsh").out());
            assertEquals(0, new ProcessBuilder("zsh", "-n", zshScript.toString()).inheritIO().start().waitFor());
        }
        CommandRun unknown = CommandRun.of("completion", "fish");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no completion for 'fish': use bash, zsh or powershell"), unknown::toString);
    }
}
