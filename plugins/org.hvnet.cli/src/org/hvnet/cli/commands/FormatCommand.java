// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.text.Plural;
import org.hvnet.dsl.formatting2.DocumentFormatter;
import org.hvnet.files.AtomicFileWriter;
import org.hvnet.files.FileContent;
import org.hvnet.files.Utf8Text;
import org.hvnet.files.WriteRefusedException;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code hvnet format FILES [--write | --check] [--json]}: files in canonical layout, printed (one file), rewritten in
 * place, or checked for CI (exit 1 naming the files that are not canonical). Only the syntax must be right: a file
 * with syntax errors is never formatted.
 */
public class FormatCommand implements Subcommand {

    @Override
    public String name() {
        return "format";
    }

    @Override
    public String usage() {
        return "format FILES [--write | --check] [--json]";
    }

    @Override
    public String summary() {
        return "prints a file formatted, rewrites files with --write, or checks them with --check (for CI)";
    }

    @Override
    public String description() {
        return "Lays the files out canonically: four-space indentation, one statement a line, short bodies inline, comments"
                + " kept on their lines. With one file and no option, prints it formatted. --write rewrites every file that is not"
                + " canonical, atomically, keeping its permissions. --check changes nothing: it prints the name of every file that"
                + " is not canonical and exits 1 if there is one (for CI). A directory means every .hvnet file in it. Only the"
                + " syntax must be right: files with syntax errors are never formatted (exit 1).";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet format lab.hvnet", "hvnet format --write labs/", "hvnet format --check examples/   # in CI: exit 1 when a file needs formatting");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.flag("rewrites every file that is not canonical, in place and atomically", "--write"),
                CommandOption.flag("changes nothing; prints the files that are not canonical and exits 1 if there is one", "--check"),
                SimulationSubcommand.json("{\"files\":[{file, formatted, written}]} (formatted: already canonical), with the"
                        + " formatted text of a single file when neither --write nor --check is given"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> names = arguments.requirePositional(1, "FILES");
        boolean write = arguments.flag("--write");
        boolean check = arguments.flag("--check");
        boolean json = arguments.flag("--json");
        if (write && check) {
            throw new UsageException("give --write or --check, not both");
        }
        if (write && names.stream().anyMatch(ModelInput::namesStandardInput)) {
            throw new UsageException("--write rewrites files: name them (standard input is printed formatted)");
        }
        LoadedModel model = context.load(names);
        context.progress().done();
        List<SourceProblem> syntax = model.problems().stream().filter(p -> p.rule().equals(SourceProblem.SYNTAX)).toList();
        if (!syntax.isEmpty()) {
            context.printProblems(syntax);
            syntax.stream().map(SourceProblem::file).distinct()
                    .forEach(file -> context.err().println(file + ": not formatted: fix the syntax errors first"));
            if (json) {
                JsonOutput.print(context.out(), JsonDocuments.of(syntax, null));
            }
            return ExitCode.MODEL_ERRORS;
        }
        List<Resource> resources = model.resourceSet().getResources();
        if (!write && !check && resources.size() != 1) {
            throw new UsageException("format prints one file; give --write or --check for " + resources.size() + " files");
        }
        DocumentFormatter formatter = context.injector().getInstance(DocumentFormatter.class);
        JsonArray files = new JsonArray();
        List<String> unformatted = new ArrayList<>();
        for (Resource resource : resources) {
            XtextResource xtext = (XtextResource) resource;
            String file = model.displayNames().of(resource.getURI());
            String formatted = formatter.format(xtext);
            boolean canonical = formatted.equals(xtext.getParseResult().getRootNode().getText());
            JsonObject item = new JsonObject();
            item.addProperty("file", file);
            item.addProperty("formatted", canonical);
            item.addProperty("written", write && !canonical);
            if (!write && !check) {
                item.addProperty("text", formatted);
                if (!json) {
                    context.out().print(formatted);
                }
            } else if (!canonical) {
                unformatted.add(file);
                if (write && !writeFormatted(resource, file, formatted, context)) {
                    return ExitCode.USAGE;
                }
            }
            if (write && !json) {
                context.err().println(file + (canonical ? ": already formatted" : ": formatted"));
            }
            files.add(item);
        }
        if (json) {
            JsonObject results = new JsonObject();
            results.add("files", files);
            JsonOutput.print(context.out(), JsonDocuments.of(List.of(), results));
        } else if (check) {
            unformatted.forEach(context.out()::println);
            context.err().println("hvnet format --check: " + (unformatted.isEmpty() ? Plural.of(resources.size(), "file") + ", all formatted"
                    : unformatted.size() + " of " + Plural.of(resources.size(), "file") + " not formatted; hvnet format --write fixes them"));
        }
        return check && !unformatted.isEmpty() ? ExitCode.MODEL_ERRORS : ExitCode.OK;
    }

    private static boolean writeFormatted(Resource resource, String file, String formatted, CommandContext context) {
        if (!resource.getURI().isFile()) {
            context.err().println(file + ": cannot write the formatted text: it was not read from a file");
            return false;
        }
        try {
            Path path = Path.of(resource.getURI().toFileString());
            // a file saved with a byte order mark (Windows Notepad) keeps it
            AtomicFileWriter.write(path, FileContent.utf8(formatted, Utf8Text.startsWithByteOrderMark(path)));
            return true;
        } catch (WriteRefusedException e) {
            context.err().println(e.getMessage());
            return false;
        } catch (IOException e) {
            context.err().println(file + ": cannot write the formatted file (" + e.getMessage() + ")");
            return false;
        }
    }
}
