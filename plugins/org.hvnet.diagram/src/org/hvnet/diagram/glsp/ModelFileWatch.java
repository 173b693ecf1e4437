// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.LogManager;

/**
 * Follows the served files on disk for one diagram server: one {@link WatchService} on their folders and one
 * thread, whatever the number of files and open diagrams. A change of a file (written in place, or replaced by a
 * rename as editors and atomic writers do) runs the callbacks of those who follow it.
 */
public final class ModelFileWatch implements AutoCloseable {

    private final WatchService service;
    private final Map<Path, List<Runnable>> followers = new ConcurrentHashMap<>();
    private final Map<Path, WatchKey> folders = new ConcurrentHashMap<>();

    private ModelFileWatch(WatchService service) {
        this.service = service;
    }

    /** A watch with its thread started. */
    public static ModelFileWatch start() throws IOException {
        ModelFileWatch watch = new ModelFileWatch(FileSystems.getDefault().newWatchService());
        Thread thread = new Thread(watch::run, "hvnet-diagram-file-watch");
        thread.setDaemon(true);
        thread.start();
        return watch;
    }

    /** Runs {@code onChange} after every change of {@code file} on disk, until the returned handle is closed. */
    public AutoCloseable follow(Path file, Runnable onChange) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        synchronized (folders) {
            if (!folders.containsKey(folder)) {
                folders.put(folder, folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY));
            }
        }
        followers.computeIfAbsent(absolute, f -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> followers.getOrDefault(absolute, List.of()).remove(onChange);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        followers.forEach((file, callbacks) -> {
                            if (file.getParent().equals(folder)) {
                                notify(file, callbacks);
                            }
                        });
                    } else {
                        Path file = folder.resolve((Path) event.context());
                        notify(file, followers.getOrDefault(file, List.of()));
                    }
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException e) {
            // the server stopped
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void notify(Path file, List<Runnable> callbacks) {
        for (Runnable callback : callbacks) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LogManager.getLogger(ModelFileWatch.class).warn("cannot follow the change of " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
