// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.util.List;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.analysis.SimulatedModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Validation as {@code hvnet simulate} runs it: every rule of the catalogue, each finding located in the text, on
 * a fresh simulated model from the install (whose segment index the validation computes).
 */
public class ValidateBenchmark extends PhaseBenchmark {

    private LoadedModel model;
    private SimulatedModel simulated;

    /** Generates and loads the model. */
    @Setup(Level.Trial)
    public void load() {
        model = GeneratedTopology.load(hosts);
    }

    /** Applies the installs afresh, untimed. */
    @Setup(Level.Invocation)
    public void install() {
        simulated = null;
        simulated = SimulatedModel.of(model.topologies());
    }

    /** Validates the loaded model. */
    @Benchmark
    public List<SourceProblem> validate() {
        return ModelValidation.validate(model, simulated);
    }
}
