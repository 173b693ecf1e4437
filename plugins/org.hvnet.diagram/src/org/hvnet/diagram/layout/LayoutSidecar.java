// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.files.AtomicFileWriter;
import org.hvnet.files.BoundedInput;
import org.hvnet.files.InputLimit;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * The positions a user moved by hand, kept beside the model in {@code FILE.hvnet.layout.json} (element id to
 * position relative to its container), written atomically; a missing or malformed file means "all automatic".
 */
public final class LayoutSidecar {

    private static final Logger LOG = Logger.getLogger(LayoutSidecar.class.getName());

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path file;
    private final Map<String, GPoint> positions = new TreeMap<>();
    private String problem;

    private LayoutSidecar(Path file) {
        this.file = file;
    }

    /** The sidecar of the model file {@code model}: {@code model} + {@code .layout.json}. */
    public static Path fileOf(Path model) {
        return model.resolveSibling(model.getFileName() + ".layout.json");
    }

    /**
     * Reads the sidecar of {@code model}: empty when there is none, and empty with a {@link #problem()} when it is
     * not a layout file (not JSON, truncated, a position that is not two finite numbers): then every shape is laid
     * out automatically.
     */
    public static LayoutSidecar read(Path model) {
        LayoutSidecar sidecar = new LayoutSidecar(fileOf(model));
        if (Files.isRegularFile(sidecar.file)) {
            try {
                byte[] bytes = BoundedInput.readFile(sidecar.file, sidecar.file.toString(), InputLimit.bytes());
                sidecar.positions.putAll(SidecarPositions.parse(new String(bytes, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                sidecar.problem = sidecar.file + ": WARNING: ignored, not a layout file (" + e.getMessage()
                        + "): the diagram is laid out automatically";
            }
        }
        return sidecar;
    }

    /** Why the sidecar on disk was ignored, if it was. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The moved positions by element id (a copy). */
    public Map<String, GPoint> positions() {
        return new TreeMap<>(positions);
    }

    /** Records that {@code id} was moved to {@code position} and saves. */
    public void move(String id, GPoint position) {
        positions.put(id, GraphUtil.point(position.getX(), position.getY()));
        save();
    }

    /** Replaces every moved position by {@code moved} and saves (an empty map deletes the file). */
    public void replace(Map<String, GPoint> moved) {
        positions.clear();
        moved.forEach((id, p) -> positions.put(id, GraphUtil.point(p.getX(), p.getY())));
        save();
    }

    private void save() {
        try {
            if (positions.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            JsonObject moved = new JsonObject();
            positions.forEach((id, p) -> {
                JsonObject point = new JsonObject();
                point.addProperty("x", Math.round(p.getX() * 10) / 10.0);
                point.addProperty("y", Math.round(p.getY() * 10) / 10.0);
                moved.add(id, point);
            });
            JsonObject json = new JsonObject();
            json.addProperty("version", 1);
            json.add("positions", moved);
            AtomicFileWriter.write(file, GSON.toJson(json) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
