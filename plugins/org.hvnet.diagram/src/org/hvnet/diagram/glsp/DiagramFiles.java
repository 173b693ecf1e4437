// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hvnet.diagram.gmodel.ChangeBaseline;

import com.google.inject.Injector;

/**
 * The files one diagram server may open (those named on the command line or in the directories named there, nothing
 * else; one at a time, or all of them in one diagram) and the injector of the .hvnet language that reads and writes
 * them.
 */
public final class DiagramFiles {

    /** The source of the diagram of every served file at once. */
    public static final String ALL = "*";

    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Injector language;
    private final ModelFileWatch watch;
    private final ParsedDocuments documents;
    private final LaidOutDiagrams laidOut = new LaidOutDiagrams();
    private ChangeBaseline baseline;

    /** The files {@code paths}, read with {@code language}, followed on disk by {@code watch}. */
    public DiagramFiles(List<Path> paths, Injector language, ModelFileWatch watch) {
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            files.put(absolute.toString(), absolute);
        }
        this.language = language;
        this.watch = watch;
        this.documents = new ParsedDocuments(language);
    }

    /** The parsed documents waiting for a session. */
    public ParsedDocuments documents() {
        return documents;
    }

    /** The diagrams last laid out, for the next session that shows them. */
    public LaidOutDiagrams laidOut() {
        return laidOut;
    }

    /** The watch that follows the served files on disk. */
    public ModelFileWatch watch() {
        return watch;
    }

    /** The served files, in command-line order. */
    public List<Path> all() {
        return List.copyOf(files.values());
    }

    /**
     * The served files that {@code sourceUri} names: {@value #ALL} (or none given) every one of them in one diagram, a
     * path or a {@code file:} URI that one file, if it is served.
     */
    public Optional<List<Path>> resolve(String sourceUri) {
        if (sourceUri == null || ALL.equals(sourceUri)) {
            return Optional.of(all());
        }
        String path = sourceUri.startsWith("file://") ? sourceUri.substring("file://".length()) : sourceUri;
        return Optional.ofNullable(files.get(Path.of(path).toAbsolutePath().normalize().toString())).map(List::of);
    }

    /** The older version the diagrams are compared with (the changes layer), or null. */
    public ChangeBaseline baseline() {
        return baseline;
    }

    /** Compares the diagrams with {@code older} (null: with nothing). */
    public void setBaseline(ChangeBaseline older) {
        this.baseline = older;
    }

    /** The injector of the .hvnet language. */
    public Injector language() {
        return language;
    }
}
