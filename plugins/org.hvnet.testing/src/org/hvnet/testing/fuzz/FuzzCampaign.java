// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a fuzz target over numbered inputs, each drawn from its own seeded random source, on a worker thread so that
 * an input that hangs is reported (and the run goes on with a fresh worker). The first input of each distinct
 * failure (exception type and the first frame of the project's code) is written to the settings' folder with its
 * seed, number and stack trace, so that a test can replay it.
 */
public final class FuzzCampaign {

    private final FuzzSettings settings;
    private final InputSource source;
    private final FuzzTarget target;
    private final String extension;
    private final Map<String, Path> distinct = new LinkedHashMap<>();
    private long failures;
    private ExecutorService worker = newWorker();

    private FuzzCampaign(FuzzSettings settings, InputSource source, FuzzTarget target, String extension) {
        this.settings = settings;
        this.source = source;
        this.target = target;
        this.extension = extension;
    }

    /** Runs {@code target} on the settings' inputs and returns what it found; writes the summary beside the failures. */
    public static FuzzReport run(FuzzSettings settings, InputSource source, FuzzTarget target, String extension) {
        return new FuzzCampaign(settings, source, target, extension).run();
    }

    /** Input number {@code index} again, as the run with {@code settings} made it. */
    public static byte[] input(FuzzSettings settings, InputSource source, long index) {
        return source.input(settings.random(index));
    }

    private FuzzReport run() {
        long start = System.nanoTime();
        try {
            for (long index = 0; index < settings.inputs(); index++) {
                byte[] data = input(settings, source, index);
                Throwable failure = attempt(data);
                if (failure != null) {
                    record(index, data, failure);
                }
                if ((index + 1) % 10_000 == 0) {
                    System.out.printf("fuzz %s: %,d inputs in %.0f s, %d failed%n", settings.name(), index + 1,
                            (System.nanoTime() - start) / 1e9, failures);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        FuzzReport report = new FuzzReport(settings, failures, Map.copyOf(distinct), (System.nanoTime() - start) / 1_000_000);
        write(settings.folder().resolve(settings.name() + "-summary.txt"), report.describe().getBytes(StandardCharsets.UTF_8));
        System.out.println(report.describe());
        return report;
    }

    private Throwable attempt(byte[] data) {
        Future<?> future = worker.submit(() -> {
            target.fuzzerTestOneInput(data);
            return null;
        });
        try {
            future.get(settings.patienceSeconds(), TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new AssertionError("no answer within " + settings.patienceSeconds() + " s (a hang)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("the fuzz run was interrupted", e);
        }
    }

    private void record(long index, byte[] data, Throwable failure) {
        failures++;
        String signature = signature(failure);
        if (distinct.containsKey(signature) || distinct.size() >= 100) {
            return;
        }
        Path file = settings.folder().resolve(settings.name() + "-seed-" + settings.seed() + "-input-" + index + "." + extension);
        write(file, data);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String note = "target " + settings.name() + ", seed " + settings.seed() + ", input " + index + "\n" + signature
                + "\nreplay: -Dhvnet.fuzz.replay=" + file + "\n\n" + trace;
        write(Path.of(file + ".txt"), note.getBytes(StandardCharsets.UTF_8));
        distinct.put(signature, file);
    }

    /** The exception's type and the first frame of the project's own code below it. */
    static String signature(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            if (frame.getClassName().startsWith("org.hvnet.") && !frame.getClassName().contains(".fuzz.")) {
                return root.getClass().getName() + " at " + frame;
            }
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    private static void write(Path file, byte[] data) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz worker");
            thread.setDaemon(true);
            return thread;
        });
    }
}
