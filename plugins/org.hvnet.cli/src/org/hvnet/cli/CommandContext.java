package org.hvnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.dsl.HvnetStandaloneSetup;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.TopologyLoader;
import org.hvnet.frontend.loading.UnreadableInputException;

import com.google.inject.Injector;

/** What a subcommand works with: the standard streams and the language (created on first use). */
public final class CommandContext {

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private Injector injector;

    /** A context writing to {@code out} (results) and {@code err} (diagnostics). */
    public CommandContext(PrintStream out, PrintStream err, InputStream in) {
        this.out = out;
        this.err = err;
        this.in = in;
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

    /** The injector of the .hvnet language. */
    public synchronized Injector injector() {
        if (injector == null) {
            injector = HvnetStandaloneSetup.doSetup();
        }
        return injector;
    }

    /** Loads the files (directories expanded) named by command arguments. */
    public LoadedModel load(List<String> files) throws UnreadableInputException {
        return injector().getInstance(TopologyLoader.class).loadArguments(files);
    }

    /**
     * Writes a subcommand's text result: on standard output when {@code output} is null, else atomically to that file
     * ({@link AtomicFiles}). False, with the reason on standard error, when the file cannot be written.
     */
    public boolean writeText(String output, String text) {
        if (output == null) {
            out.print(text);
            return true;
        }
        try {
            AtomicFiles.write(Path.of(output), text);
            return true;
        } catch (IOException e) {
            err.println(output + ": cannot write (" + e.getMessage() + ")");
            return false;
        }
    }

    /** Prints problems as {@code FILE:LINE:COL: SEVERITY: MESSAGE [RULE]} on standard error. */
    public void printProblems(List<SourceProblem> problems) {
        for (SourceProblem problem : problems) {
            err.println(problem.toText());
        }
    }
}
