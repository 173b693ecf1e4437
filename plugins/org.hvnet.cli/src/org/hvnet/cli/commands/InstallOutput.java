// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.analysis.install.InstallResult;
import org.hvnet.analysis.install.InstallTransformation;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.HeapRoom;
import org.hvnet.cli.UsageException;
import org.hvnet.dsl.formatting2.TopologyWriter;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.model.Topology;

/**
 * What {@code hvnet install} writes. When the heap holds a second model ({@link HeapRoom}), it is made while the
 * command validates the model: the install is applied to a copy of the loaded model (rules I-1 to I-5) and the copy is
 * written as text on a second thread, so that on two cores the command waits for the longer of validation and writing
 * rather than for both. The copy is taken before the thread starts and lives in its own resource set, so the two
 * threads share no model. Otherwise (or when the loaded model has errors) it is made after the validation, as asked.
 * Either way a failure of the install (an unknown host or NIC) is reported after the validation's errors.
 */
final class InstallOutput {

    private final LoadedModel model;
    private final String host;
    private final List<String> nics;
    private final TopologyWriter writer;
    private InstallResult result;
    private RuntimeException failure;
    private FutureTask<String> text;

    private InstallOutput(LoadedModel model, String host, List<String> nics, TopologyWriter writer) {
        this.model = model;
        this.host = host;
        this.nics = nics;
        this.writer = writer;
    }

    /** The output of installing {@code host} in {@code model}, started now when the heap has room for it. */
    static InstallOutput start(CommandContext context, LoadedModel model, String host, List<String> nics) {
        InstallOutput output = new InstallOutput(model, host, nics, context.injector().getInstance(TopologyWriter.class));
        if (!model.hasErrors() && HeapRoom.holdsTwoModels(textLength(model))) {
            output.apply();
            if (output.failure == null) {
                // not waited for when the model has errors
                output.text = SecondThread.start("hvnet install: writing " + host, () -> output.writer.write(output.result.topologies().get(0)));
            }
        }
        return output;
    }

    /** The install's result; an unknown host or NIC is a usage error, any other failure is thrown as it was. */
    InstallResult result() throws UsageException {
        if (result == null && failure == null) {
            apply();
        }
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
        InstallResult installed = result();
        if (text == null) {
            return writer.write(installed.topologies().get(0));
        }
        try {
            return SecondThread.await(text);
        } catch (ExecutionException e) {
            throw SecondThread.unchecked(e);
        }
    }

    private void apply() {
        try {
            result = InstallTransformation.applyTo(model.topologies(), host, nics);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private static long textLength(LoadedModel model) {
        long length = 0;
        for (Topology topology : model.topologies()) {
            ICompositeNode node = NodeModelUtils.getNode(topology);
            length += node == null ? 0 : node.getTotalLength();
        }
        return length;
    }
}
