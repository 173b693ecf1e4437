// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.types.GLSPServerException;

/**
 * A command stack that tells the client when a command fails: EMF's stack (and GLSP's) logs the exception and goes
 * on, so a refused edit or undo (the file changed elsewhere on the same lines) would look to the user like a click
 * that did nothing. Here the failure is handled as EMF does (the failed command is dropped, a failed undo or redo
 * flushes the history) and then thrown, and GLSP sends its message to the client.
 */
public class ReportingCommandStack extends BasicCommandStack {

    private RuntimeException failure;

    @Override
    public void execute(Command command) {
        failure = null;
        super.execute(command);
        report();
    }

    @Override
    public void undo() {
        failure = null;
        super.undo();
        report();
    }

    @Override
    public void redo() {
        failure = null;
        super.redo();
        report();
    }

    @Override
    protected void handleError(Exception exception) {
        failure = exception instanceof RuntimeException runtime ? runtime : new IllegalStateException(exception);
    }

    private void report() {
        if (failure != null) {
            RuntimeException reported = failure;
            failure = null;
            throw new GLSPServerException(reported.getMessage(), reported);
        }
    }
}
