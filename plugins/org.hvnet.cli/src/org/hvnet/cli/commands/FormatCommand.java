package org.hvnet.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.dsl.formatting2.DocumentFormatter;
import org.hvnet.files.AtomicFileWriter;
import org.hvnet.files.FileContent;
import org.hvnet.files.Utf8Text;
import org.hvnet.files.WriteRefusedException;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;

/** {@code hvnet format FILE [--write]}: the file in canonical layout, on stdout or written back in place. */
public class FormatCommand implements Subcommand {

    @Override
    public String name() {
        return "format";
    }

    @Override
    public String usage() {
        return "format FILE [--write]";
    }

    @Override
    public String summary() {
        return "prints the file formatted, or rewrites it with --write";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--write");
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILE");
        if (files.size() != 1) {
            throw new UsageException("format takes exactly one file");
        }
        boolean standardInput = ModelInput.namesStandardInput(files.get(0));
        if (standardInput && arguments.flag("--write")) {
            throw new UsageException("--write rewrites a file: name one (standard input is printed formatted)");
        }
        Path file = Path.of(files.get(0));
        if (!standardInput && java.nio.file.Files.isDirectory(file)) {
            throw new UsageException(file + " is a directory: format takes one file");
        }
        LoadedModel model = context.load(files);
        List<SourceProblem> syntax = model.problems().stream().filter(p -> p.rule().equals(SourceProblem.SYNTAX)).toList();
        if (!syntax.isEmpty()) {
            context.printProblems(syntax);
            context.err().println(file + ": not formatted: fix the syntax errors first");
            return ExitCode.MODEL_ERRORS;
        }
        XtextResource resource = (XtextResource) model.topologies().get(0).eResource();
        String formatted = context.injector().getInstance(DocumentFormatter.class).format(resource);
        if (!arguments.flag("--write")) {
            context.out().print(formatted);
            return ExitCode.OK;
        }
        if (formatted.equals(resource.getParseResult().getRootNode().getText())) {
            context.err().println(file + ": already formatted");
            return ExitCode.OK;
        }
        try {
            // a file saved with a byte order mark (Windows Notepad) keeps it
            AtomicFileWriter.write(file, FileContent.utf8(formatted, Utf8Text.startsWithByteOrderMark(file)));
        } catch (WriteRefusedException e) {
            context.err().println(e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            context.err().println(file + ": cannot write the formatted file (" + e.getMessage() + ")");
            return ExitCode.USAGE;
        }
        context.err().println(file + ": formatted");
        return ExitCode.OK;
    }
}
