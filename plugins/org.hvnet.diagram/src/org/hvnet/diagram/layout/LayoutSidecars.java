// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.glsp.graph.GPoint;

/**
 * The moved positions of a diagram of several files: each file's sidecar holds the positions of the elements it
 * declares, and the diagram uses them all.
 */
public final class LayoutSidecars {

    private final Map<Path, LayoutSidecar> sidecars = new LinkedHashMap<>();

    private LayoutSidecars() {
    }

    /** The sidecars of the model files {@code models}. */
    public static LayoutSidecars read(List<Path> models) {
        LayoutSidecars read = new LayoutSidecars();
        models.forEach(model -> read.sidecars.put(model, LayoutSidecar.read(model)));
        return read;
    }

    /** Every moved position, by element id. */
    public Map<String, GPoint> positions() {
        Map<String, GPoint> all = new TreeMap<>();
        sidecars.values().forEach(sidecar -> all.putAll(sidecar.positions()));
        return all;
    }

    /** The moved positions of each model file (copies). */
    public Map<Path, Map<String, GPoint>> byFile() {
        Map<Path, Map<String, GPoint>> byFile = new LinkedHashMap<>();
        sidecars.forEach((model, sidecar) -> byFile.put(model, sidecar.positions()));
        return byFile;
    }

    /** Why sidecars on disk were ignored. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        sidecars.values().forEach(sidecar -> sidecar.problem().ifPresent(problems::add));
        return problems;
    }

    /** Replaces the moved positions of each model file of {@code byFile} and saves them. */
    public void replace(Map<Path, Map<String, GPoint>> byFile) {
        byFile.forEach((model, positions) -> {
            LayoutSidecar sidecar = sidecars.get(model);
            if (sidecar != null) {
                sidecar.replace(positions);
            }
        });
    }
}
