// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work a command runs on a second thread while its own thread does something else ({@code diff} loads its new version,
 * {@code install -o} writes its output): a daemon thread, so that work whose result is no longer wanted does not keep
 * the command from ending, and a wait for its result that an interrupt does not cut short.
 */
final class SecondThread {

    private SecondThread() {
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    static <T> FutureTask<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The result of {@code task}, waited for through interrupts (the interrupt is kept for the caller). */
    static <T> T await(FutureTask<T> task) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The unchecked failure of a task, to throw: its runtime exception or error as it was, else wrapped. */
    static RuntimeException unchecked(ExecutionException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
