// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.text.ProblemText;
import org.hvnet.dsl.HvnetStandaloneSetup;
import org.hvnet.files.AtomicFileWriter;
import org.hvnet.files.FileContent;
import org.hvnet.files.WriteRefusedException;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.TopologyLoader;
import org.hvnet.frontend.loading.UnreadableInputException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.inject.Injector;

/**
 * What a subcommand works with: the standard streams with their styles (colour on a terminal), the progress shown on
 * a terminal, the global options ({@code --debug}), every subcommand (for help and completion), and the language
 * (created on first use).
 */
public final class CommandContext {

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Terminal terminal;
    private final Style outStyle;
    private final Style errStyle;
    private final boolean debug;
    private final List<Subcommand> commands;
    private final Progress progress;
    private Injector injector;

    /** A context writing to {@code out} (results) and {@code err} (diagnostics), neither a terminal. */
    public CommandContext(PrintStream out, PrintStream err, InputStream in) {
        this(out, err, in, Terminal.NONE, "auto", false, List.of());
    }

    /**
     * A context on streams that {@code terminal} describes, with colour as {@code --color WHEN} says ({@code auto},
     * {@code always}, {@code never}), {@code --debug} and the subcommands of this run.
     */
    public CommandContext(PrintStream out, PrintStream err, InputStream in, Terminal terminal, String color, boolean debug,
            List<Subcommand> commands) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.terminal = terminal;
        this.outStyle = terminal.outStyle(color);
        this.errStyle = terminal.errStyle(color);
        this.debug = debug;
        this.commands = List.copyOf(commands);
        this.progress = new Progress(err, terminal.err());
    }

    /** Standard output: results, the JSON document. */
    public PrintStream out() {
        return out;
    }

    /** Standard error: diagnostics and messages. */
    public PrintStream err() {
        return err;
    }

    /** Standard input. */
    public InputStream in() {
        return in;
    }

    /** Which streams are terminals. */
    public Terminal terminal() {
        return terminal;
    }

    /** How standard output marks words (colour on a terminal). */
    public Style outStyle() {
        return outStyle;
    }

    /** How standard error marks words. */
    public Style errStyle() {
        return errStyle;
    }

    /** True with {@code --debug}: an internal error prints its stack trace. */
    public boolean debug() {
        return debug;
    }

    /** Every subcommand of this run, in help order. */
    public List<Subcommand> commands() {
        return commands;
    }

    /** The progress of this run on standard error (shown on a terminal only). */
    public Progress progress() {
        return progress;
    }

    /** The injector of the .hvnet language. */
    public synchronized Injector injector() {
        if (injector == null) {
            injector = HvnetStandaloneSetup.doSetup();
        }
        return injector;
    }

    /** Loads the files (directories expanded, {@code -} for standard input) named by command arguments. */
    public LoadedModel load(List<String> files) throws UnreadableInputException {
        progress.phase("reading " + InputSize.describe(files));
        return injector().getInstance(TopologyLoader.class).loadArguments(files, in);
    }

    /** True when the output option {@code output} means standard output: absent, {@code -} or {@code /dev/stdout}. */
    public static boolean isStandardOutput(String output) {
        return output == null || output.equals("-") || output.equals("/dev/stdout");
    }

    /**
     * Writes a subcommand's text result: on standard output when {@code output} says so ({@link #isStandardOutput}),
     * else to that file through the one writer of the user's files ({@link AtomicFileWriter}: atomically, keeping
     * permissions, owner and links; a device or pipe in place). False, with the reason on standard error, when the
     * file cannot or may not be written.
     */
    public boolean writeText(String output, String text) {
        return write(output, FileContent.utf8(text));
    }

    /** {@link #writeText}, with content streamed into the file or standard output. */
    public boolean write(String output, FileContent content) {
        try {
            if (isStandardOutput(output)) {
                content.writeTo(out);
                out.flush();
            } else {
                AtomicFileWriter.write(Path.of(output), content);
            }
            return true;
        } catch (WriteRefusedException e) {
            err.println(e.getMessage());
            return false;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            err.println(output + ": cannot write (" + e.getMessage() + ")");
            return false;
        }
    }

    /**
     * Prints the one JSON document of a {@code --json} run on standard output: the version, the diagnostics of
     * {@code problems}, then the fields of {@code results} in the order of their names (strings, numbers, booleans,
     * lists and maps of them; null when none), for subcommands that other bundles contribute.
     */
    public void printJson(List<SourceProblem> problems, Map<String, ?> results) {
        progress.done();
        JsonObject fields = null;
        if (results != null) {
            fields = new GsonBuilder().serializeNulls().create().toJsonTree(new TreeMap<>(results)).getAsJsonObject();
        }
        JsonOutput.print(out, JsonDocuments.of(problems, fields));
    }

    /** Prints problems as {@code FILE:LINE:COL: SEVERITY: MESSAGE [RULE]} on standard error. */
    public void printProblems(List<SourceProblem> problems) {
        progress.done();
        for (SourceProblem problem : problems) {
            err.println(ProblemText.line(problem, errStyle));
        }
    }
}
