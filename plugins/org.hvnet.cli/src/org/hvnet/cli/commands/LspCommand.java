// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.dsl.ide.server.HvnetLanguageServer;

/** {@code hvnet lsp}: the .hvnet language server, speaking LSP over standard input and output. */
public class LspCommand implements Subcommand {

    @Override
    public String name() {
        return "lsp";
    }

    @Override
    public String usage() {
        return "lsp [--stdio]";
    }

    @Override
    public List<CommandOption> options() {
        // what editors' LSP clients (VS Code's among them) pass; standard I/O is the only transport
        return List.of(CommandOption.flag("speak LSP over standard input and output (the only transport; accepted as editors pass it)",
                "--stdio"));
    }

    @Override
    public String summary() {
        return "runs the language server (LSP over stdio) for editors";
    }

    @Override
    public String description() {
        return "Runs the .hvnet language server, speaking the Language Server Protocol over standard input and output, for"
                + " VS Code, Neovim, Emacs and other editors: diagnostics with their rule ids, completion, formatting, symbols and"
                + " quick fixes. Configure the editor to start 'hvnet lsp' for files ending in .hvnet. Standard output carries the"
                + " protocol only, so this subcommand has no --json.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet lsp     # started by the editor, not by hand");
    }

    @Override
    public List<Operand> operands() {
        return List.of();
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("lsp takes no arguments (--stdio is the only transport)");
        }
        // Standard output carries the protocol only: anything else printed by libraries goes to stderr meanwhile.
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        PrintStream out = System.out;
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        try {
            // 0, or 1 for an exit without shutdown (as LSP says)
            return HvnetLanguageServer.run(context.in(), protocolOut);
        } finally {
            System.setOut(out);
        }
    }
}
