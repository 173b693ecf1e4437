// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * parse → serialize → parse gives an equal model, for every file of {@code examples/} (loaded together, as
 * {@code hvnet} loads a directory), for the test topology that uses every construct and for the example of today's Hyper-V.
 */
class ExampleRoundTripTest {

    private static List<Topology> loadExamples() {
        List<Path> examples = HvnetTestFiles.examples();
        assertFalse(examples.isEmpty(), "no examples found under " + HvnetTestFiles.repositoryRoot());
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path example : examples) {
            texts.put(example.getFileName().toString(), HvnetTestFiles.read(example));
        }
        LoadedModel model = HvnetTestFiles.load(texts);
        assertEquals(List.of(), model.problems());
        assertEquals(examples.size(), model.topologies().size());
        return model.topologies();
    }

    @Test
    void everyExampleRoundTripsWithItsNodeModel() {
        Serialization.assertRoundTrip(loadExamples());
    }

    @Test
    void everyExampleRoundTripsFromADetachedCopy() {
        Serialization.assertRoundTrip(Serialization.detachedCopies(loadExamples()));
    }

    @Test
    void todaysHyperVExampleRoundTrips() {
        Topology topology = HvnetTestFiles.parseClean(HvnetTestFiles.todaysHyperV());
        Serialization.assertRoundTrip(List.of(topology));
        Serialization.assertRoundTrip(Serialization.detachedCopies(List.of(topology)));
    }

    @Test
    void everyConstructRoundTripsFromADetachedCopy() {
        Topology topology = HvnetTestFiles.parseClean(HvnetTestFiles.resource(getClass(), "every-construct.hvnet"));
        Serialization.assertRoundTrip(List.of(topology));
        Serialization.assertRoundTrip(Serialization.detachedCopies(List.of(topology)));
    }
}
