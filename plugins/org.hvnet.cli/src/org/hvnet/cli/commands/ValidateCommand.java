package org.hvnet.cli.commands;

import java.util.List;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.json.ProblemsJson;
import org.hvnet.cli.json.SarifReport;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.frontend.validation.ModelValidation;

/**
 * {@code hvnet validate FILES [--format text|json|sarif]}: syntax and link problems and every rule of the catalogue
 * (V-rules and the S- and A-rule checks); exit 1 when any is an error.
 */
public class ValidateCommand implements Subcommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate FILES [--format text|json|sarif]";
    }

    @Override
    public String summary() {
        return "checks the files against every V-rule and reports every problem";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--format");
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        String format = arguments.option("--format", "text");
        if (!format.equals("text") && !format.equals("json") && !format.equals("sarif")) {
            throw new UsageException("unknown format '" + format + "': use text, json or sarif");
        }
        List<String> files = arguments.requirePositional(1, "FILES");
        LoadedModel model = context.load(files);
        List<SourceProblem> problems = ModelValidation.validate(model);
        if (format.equals("json")) {
            JsonOutput.print(context.out(), ProblemsJson.document(problems));
        } else if (format.equals("sarif")) {
            JsonOutput.print(context.out(), SarifReport.document(problems));
        } else {
            context.printProblems(problems);
            long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
            long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
            context.out().println(model.topologies().size() + (model.topologies().size() == 1 ? " file" : " files") + " checked: "
                    + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return ModelValidation.hasErrors(problems) ? ExitCode.MODEL_ERRORS : ExitCode.OK;
    }
}
