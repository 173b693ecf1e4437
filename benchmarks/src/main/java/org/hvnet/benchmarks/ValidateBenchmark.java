package org.hvnet.benchmarks;

import java.util.List;

import org.hvnet.dsl.loading.LoadedModel;
import org.hvnet.dsl.loading.SourceProblem;
import org.hvnet.dsl.validation.ModelValidation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** Validation as {@code hvnet simulate} runs it: every rule of the catalogue, each finding located in the text. */
public class ValidateBenchmark extends PhaseBenchmark {

    private LoadedModel model;

    /** Generates and loads the model. */
    @Setup
    public void load() {
        model = GeneratedTopology.load(hosts);
    }

    /** Validates the loaded model. */
    @Benchmark
    public List<SourceProblem> validate() {
        return ModelValidation.validate(model);
    }
}
