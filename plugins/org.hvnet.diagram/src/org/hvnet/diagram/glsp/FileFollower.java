package org.hvnet.diagram.glsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** Polls one file's modification time and size, and runs a callback when either changes. */
public final class FileFollower implements Runnable {

    private static final long INTERVAL_MILLIS = 250;

    private final Path file;
    private final Runnable onChange;
    private volatile boolean running = true;
    private FileTime lastTime;
    private long lastSize;

    private FileFollower(Path file, Runnable onChange) {
        this.file = file;
        this.onChange = onChange;
        snapshotChanged();
    }

    /** Starts following {@code file} on a daemon thread. */
    public static FileFollower start(Path file, Runnable onChange) {
        FileFollower follower = new FileFollower(file, onChange);
        Thread thread = new Thread(follower, "hvnet-follow-" + file.getFileName());
        thread.setDaemon(true);
        thread.start();
        return follower;
    }

    /** Stops following. */
    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (snapshotChanged()) {
                onChange.run();
            }
        }
    }

    private boolean snapshotChanged() {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            boolean changed = !time.equals(lastTime) || size != lastSize;
            lastTime = time;
            lastSize = size;
            return changed;
        } catch (IOException e) {
            return false;
        }
    }
}
