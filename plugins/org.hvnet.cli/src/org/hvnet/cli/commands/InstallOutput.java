// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.hvnet.analysis.install.InstallResult;
import org.hvnet.analysis.install.InstallTransformation;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.UsageException;
import org.hvnet.dsl.formatting2.TopologyWriter;
import org.hvnet.frontend.loading.LoadedModel;

/**
 * What {@code hvnet install} writes, made while the command validates the model: the install is applied to a copy
 * of the loaded model (rules I-1 to I-5) and the copy is written as text on a second thread, so that on two cores the
 * command waits for the longer of validation and writing rather than for both. The copy is taken before the thread
 * starts and lives in its own resource set, so the two threads share no model. Used only when the model validates: a
 * failure of the install (an unknown host or NIC) is reported after the validation's errors, as before.
 */
final class InstallOutput {

    private final InstallResult result;
    private final RuntimeException failure;
    private final FutureTask<String> text;

    private InstallOutput(InstallResult result, RuntimeException failure, FutureTask<String> text) {
        this.result = result;
        this.failure = failure;
        this.text = text;
    }

    /** Applies the install of {@code host} to a copy of {@code model} now, and starts writing the copy's text. */
    static InstallOutput start(CommandContext context, LoadedModel model, String host, List<String> nics) {
        TopologyWriter writer = context.injector().getInstance(TopologyWriter.class);
        InstallResult result;
        try {
            result = InstallTransformation.applyTo(model.topologies(), host, nics);
        } catch (RuntimeException e) {
            return new InstallOutput(null, e, null);
        }
        FutureTask<String> text = new FutureTask<>(() -> writer.write(result.topologies().get(0)));
        Thread thread = new Thread(text, "hvnet install: writing " + host);
        thread.setDaemon(true); // not waited for when the model has errors
        thread.start();
        return new InstallOutput(result, null, text);
    }

    /** The install's result; an unknown host or NIC is a usage error, any other failure is thrown as it was. */
    InstallResult result() throws UsageException {
        if (failure instanceof IllegalArgumentException unknown) {
            throw new UsageException(unknown.getMessage());
        }
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    /** The text of the installed topology, laid out as {@code hvnet format} leaves it. */
    String text() throws UsageException {
        result();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return text.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
