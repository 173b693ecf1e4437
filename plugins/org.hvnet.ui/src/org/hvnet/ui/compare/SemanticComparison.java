// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.TopologyLoader;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.diff.ModelDifference;

import com.google.inject.Injector;

/**
 * Compares two versions of a .hvnet file with the headless difference ({@link ModelDifference}, what {@code hvnet diff}
 * reports): loads each text with the language, simulates both, compares. No pairs of endpoints are listed (the view
 * shows the counts; listing a pair confirms it by two traces).
 */
public final class SemanticComparison {

    private SemanticComparison() {
    }

    /** The difference from {@code older} to {@code newer}, read with {@code language}. */
    public static ModelDifference between(Injector language, ModelVersionText older, ModelVersionText newer) throws CannotCompareException {
        LoadedModel before = load(language, older);
        LoadedModel after = load(language, newer);
        return ModelDifference.between(before.topologies(), Simulation.of(before.topologies()), after.topologies(),
                Simulation.of(after.topologies()), 0);
    }

    private static LoadedModel load(Injector language, ModelVersionText version) throws CannotCompareException {
        LoadedModel model = language.getInstance(TopologyLoader.class).loadTexts(List.of(Map.entry(Path.of("version.hvnet"), version.text())));
        if (model.hasErrors() || model.topologies().isEmpty()) {
            SourceProblem first = model.problems().stream().findFirst().orElse(null);
            throw new CannotCompareException(version.label() + " cannot be compared: it has syntax or link errors"
                    + (first == null ? "" : " (line " + first.line() + ": " + first.message() + ")"));
        }
        return model;
    }

    /** A version that cannot be compared: it does not parse or link. */
    public static final class CannotCompareException extends Exception {

        private static final long serialVersionUID = 1L;

        CannotCompareException(String message) {
            super(message);
        }
    }
}
