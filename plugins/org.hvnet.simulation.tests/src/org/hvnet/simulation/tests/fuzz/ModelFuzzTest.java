// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.hvnet.testing.fuzz.ByteMutations;
import org.hvnet.testing.fuzz.FuzzCampaign;
import org.hvnet.testing.fuzz.FuzzReport;
import org.hvnet.testing.fuzz.FuzzSettings;
import org.hvnet.testing.fuzz.InputSource;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes parse, link, validation and simulation ({@link ModelFuzzTarget}) with inputs made from the seed corpus by
 * byte-level and token-level mutation and by grammar-aware generation. The default build tries a few thousand
 * inputs; {@code -Dhvnet.fuzz.inputs=1000000} makes the long run, {@code -Dhvnet.fuzz.seed=N} another one. A failing
 * input is written to {@code target/fuzz} with its seed and number; {@code -Dhvnet.fuzz.replay=FILE} runs that
 * file alone, and its minimized form becomes a case of {@link ModelFuzzRegressionTest}.
 */
class ModelFuzzTest {

    /** Inputs tried by the default build. */
    static final long DEFAULT_INPUTS = 2000;

    /** How large a mutated input may grow. */
    private static final int LARGEST = 64 * 1024;

    @Test
    void noInputMakesParsingValidationOrSimulationThrow() throws Exception {
        Path replay = FuzzSettings.replay();
        if (replay != null) {
            new ModelFuzzTarget().fuzzerTestOneInput(Files.readAllBytes(replay));
            return;
        }
        ModelFuzzTarget target = new ModelFuzzTarget();
        FuzzReport report = FuzzCampaign.run(FuzzSettings.of("model", DEFAULT_INPUTS), source(HvnetSeeds.all()), target,
                "hvnet");
        System.out.println(target.counts());
        assertEquals(0, report.failures(), report::describe);
    }

    /**
     * The inputs: a third byte mutations of a seed (or two files, a seed and a mutated one), a third token mutations,
     * a third generated (some mutated).
     */
    static InputSource source(List<byte[]> seeds) {
        return random -> {
            switch (random.nextInt(3)) {
                case 0:
                    if (random.nextInt(8) == 0) {
                        return (text(pick(seeds, random)) + "\n" + ModelFuzzTarget.FILE_BREAK + "\n"
                                + TokenMutations.mutate(text(pick(seeds, random)), random)).getBytes(StandardCharsets.UTF_8);
                    }
                    return ByteMutations.mutate(pick(seeds, random), seeds, random, LARGEST);
                case 1:
                    return TokenMutations.mutate(text(pick(seeds, random)), random).getBytes(StandardCharsets.UTF_8);
                default:
                    String generated = TopologyTextGenerator.generate(random);
                    return (random.nextInt(3) == 0 ? TokenMutations.mutate(generated, random) : generated)
                            .getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private static byte[] pick(List<byte[]> seeds, SplittableRandom random) {
        return seeds.get(random.nextInt(seeds.size()));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
