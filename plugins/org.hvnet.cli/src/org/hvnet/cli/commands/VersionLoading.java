// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.hvnet.cli.CommandContext;
import org.hvnet.frontend.loading.UnreadableInputException;

/**
 * Loads the two versions {@code hvnet diff} compares at the same time, the new one on a second thread: each is read,
 * validated, simulated and prepared for the comparison in its own resource set, so on a machine with two cores the
 * comparison waits for about one load instead of two. A failure is reported as loading them one after the other would: the old version's first.
 */
final class VersionLoading {

    private VersionLoading() {
    }

    /** Both versions, old then new; a version already loaded is closed when the other cannot be. */
    static List<ModelVersion> both(CommandContext context, String older, String newer) throws UnreadableInputException {
        context.injector(); // the language is set up once, before two threads use it
        FutureTask<ModelVersion> newerLoad = SecondThread.start("hvnet diff: loading " + newer,
                () -> ModelVersion.load(context, newer, true));
        ModelVersion first;
        try {
            first = ModelVersion.load(context, older, true);
        } catch (UnreadableInputException | RuntimeException | Error e) {
            closeWhenLoaded(newerLoad);
            throw e;
        }
        try {
            return List.of(first, result(newerLoad));
        } catch (UnreadableInputException | RuntimeException | Error e) {
            first.close();
            throw e;
        }
    }

    private static ModelVersion result(FutureTask<ModelVersion> load) throws UnreadableInputException {
        try {
            return SecondThread.await(load);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableInputException unreadable) {
                throw unreadable;
            }
            throw SecondThread.unchecked(e);
        }
    }

    /** Waits for a load whose result is no longer wanted, and closes it (a version read from git has a folder). */
    private static void closeWhenLoaded(FutureTask<ModelVersion> load) {
        try {
            SecondThread.await(load).close();
        } catch (ExecutionException e) {
            // the version that failed first is the one reported
        }
    }
}
