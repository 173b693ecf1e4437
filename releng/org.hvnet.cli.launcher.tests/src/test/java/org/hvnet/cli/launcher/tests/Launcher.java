// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.launcher.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the repository's launcher script {@code ./hvnet} (or another command line) as a user would, in a process of its own. */
final class Launcher {

    /** The repository root (the build passes it). */
    static final Path ROOT = Path.of(System.getProperty("hvnet.root", "../..")).toAbsolutePath().normalize();
    /** The launcher script. */
    static final Path HVNET = ROOT.resolve("hvnet");

    /** What a run printed and how it ended. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Launcher() {
    }

    /** {@code ./hvnet ARGS} in the repository root. */
    static Run hvnet(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HVNET.toString()));
        command.addAll(List.of(args));
        return run(command, Map.of(), ROOT);
    }

    /** {@code command} in {@code directory}, its environment changed by {@code environment} (a null value removes). */
    static Run run(List<String> command, Map<String, String> environment, Path directory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Path out = Files.createTempFile("hvnet-out", ".txt");
        Path err = Files.createTempFile("hvnet-err", ".txt");
        Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(600, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command + " did not finish in 600 s");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
