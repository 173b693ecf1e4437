package org.hvnet.diagram.glsp;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.inject.Injector;

/**
 * The files one diagram server may open (those named on the command line, nothing else) and the injector of
 * the .hvnet language that reads and writes them.
 */
public final class DiagramFiles {

    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Injector language;
    private final ModelFileWatch watch;

    /** The files {@code paths}, read with {@code language}, followed on disk by {@code watch}. */
    public DiagramFiles(List<Path> paths, Injector language, ModelFileWatch watch) {
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            files.put(absolute.toString(), absolute);
        }
        this.language = language;
        this.watch = watch;
    }

    /** The watch that follows the served files on disk. */
    public ModelFileWatch watch() {
        return watch;
    }

    /** The served files, in command-line order. */
    public List<Path> all() {
        return List.copyOf(files.values());
    }

    /** The served file that {@code sourceUri} (a path or a {@code file:} URI) names, if it is one of them. */
    public Optional<Path> resolve(String sourceUri) {
        if (sourceUri == null) {
            return files.values().stream().findFirst();
        }
        String path = sourceUri.startsWith("file://") ? sourceUri.substring("file://".length()) : sourceUri;
        return Optional.ofNullable(files.get(Path.of(path).toAbsolutePath().normalize().toString()));
    }

    /** The injector of the .hvnet language. */
    public Injector language() {
        return language;
    }
}
