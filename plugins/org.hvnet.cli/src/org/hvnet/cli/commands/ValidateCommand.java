// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Style;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.json.ProblemsJson;
import org.hvnet.cli.sarif.SarifReport;
import org.hvnet.cli.text.Plural;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.frontend.validation.ModelValidation;

/**
 * {@code hvnet validate FILES [--format text|json|sarif] [--json]}: syntax and link problems and every rule of the
 * catalogue (V-rules and the S- and A-rule checks); exit 1 when any is an error.
 */
public class ValidateCommand implements Subcommand {

    /** The formats of {@code --format}. */
    private static final List<String> FORMATS = List.of("text", "json", "sarif");

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate FILES [--format text|json|sarif] [--json]";
    }

    @Override
    public String summary() {
        return "checks the files against every V-rule and reports every problem";
    }

    @Override
    public String description() {
        return "Checks the files, loaded together so that names resolve across them, against the grammar (rule id 'syntax'),"
                + " the names they use ('link') and every rule of the catalogue (V-, S- and A-rules, listed with an example and a"
                + " fix in docs/rules.md). Prints each problem as FILE:LINE:COL: SEVERITY: MESSAGE [RULE] and the counts;"
                + " --format json prints one JSON document, --format sarif a SARIF 2.1.0 log for code-scanning services."
                + " Exits 1 when any problem is an error.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet validate examples/",
                "hvnet validate lab.hvnet --json",
                "hvnet validate labs/ --format sarif > hvnet.sarif   # for GitHub code scanning");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.choice(FORMATS, "text (the default), json (the same as --json) or sarif (SARIF 2.1.0)", "--format"),
                CommandOption.flag("prints one JSON document: {\"version\", \"diagnostics\":[{severity, rule, element, file, line, column,"
                        + " message}]} (the same as --format json)", "--json"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        String format = arguments.option("--format", arguments.flag("--json") ? "json" : "text");
        if (arguments.flag("--json") && !format.equals("json")) {
            throw new UsageException("--json and --format " + format + " disagree: give one of them");
        }
        List<String> files = arguments.requirePositional(1, "FILES");
        LoadedModel model = context.load(files);
        context.progress().phase("validating");
        List<SourceProblem> problems = ModelValidation.validate(model);
        context.progress().done();
        if (format.equals("json")) {
            JsonOutput.print(context.out(), ProblemsJson.document(problems));
        } else if (format.equals("sarif")) {
            JsonOutput.print(context.out(), SarifReport.document(problems, model));
        } else {
            context.printProblems(problems);
            long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
            long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
            int checked = model.resourceSet().getResources().size();
            Style style = context.outStyle();
            String errorCount = Plural.of(errors, "error");
            String warningCount = Plural.of(warnings, "warning");
            context.out().println(Plural.of(checked, "file") + " checked: " + (errors == 0 ? errorCount : style.bad(errorCount)) + ", "
                    + (warnings == 0 ? warningCount : style.warning(warningCount)));
        }
        return ModelValidation.hasErrors(problems) ? ExitCode.MODEL_ERRORS : ExitCode.OK;
    }
}
