// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing;

import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hvnet.cli.Hvnet;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.Subcommands;
import org.hvnet.cli.Terminal;

/** One in-process run of {@code hvnet ARGS}: its exit code and what it printed (standard output as the product buffers it). */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code hvnet args} with empty standard input. */
    public static CommandRun of(String... args) {
        return of(Subcommands.all(), args);
    }

    /** Runs {@code hvnet args} with {@code standardInput} (UTF-8) on standard input. */
    public static CommandRun withInput(String standardInput, String... args) {
        return run(Subcommands.all(), Terminal.NONE, standardInput.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Runs {@code hvnet args} with only the given subcommands, and empty standard input. */
    public static CommandRun of(List<Subcommand> commands, String... args) {
        return run(commands, Terminal.NONE, new byte[0], args);
    }

    /** Runs {@code hvnet args} as if its standard streams were what {@code terminal} says (terminals or pipes). */
    public static CommandRun onTerminal(Terminal terminal, String... args) {
        return run(Subcommands.all(), terminal, new byte[0], args);
    }

    private static CommandRun run(List<Subcommand> commands, Terminal terminal, byte[] standardInput, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // standard output buffered without auto-flush, as the hvnet application gives it: what is not flushed is lost
        int code = Hvnet.run(commands, args, new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(standardInput), terminal);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
