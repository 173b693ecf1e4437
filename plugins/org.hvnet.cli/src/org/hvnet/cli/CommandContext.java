package org.hvnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.dsl.HvnetStandaloneSetup;
import org.hvnet.files.AtomicFileWriter;
import org.hvnet.files.FileContent;
import org.hvnet.files.WriteRefusedException;
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

    /** Loads the files (directories expanded, {@code -} for standard input) named by command arguments. */
    public LoadedModel load(List<String> files) throws UnreadableInputException {
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

    /** Prints problems as {@code FILE:LINE:COL: SEVERITY: MESSAGE [RULE]} on standard error. */
    public void printProblems(List<SourceProblem> problems) {
        for (SourceProblem problem : problems) {
            err.println(problem.toText());
        }
    }
}
