package org.hvnet.simulation.tests;

import java.nio.file.Path;
import java.util.List;

import org.hvnet.dsl.loading.LoadedModel;
import org.hvnet.dsl.tests.HvnetTestFiles;
import org.hvnet.model.Host;
import org.hvnet.model.Topology;

/** Test labs: a .hvnet text or an example file in, its topologies out (must load without problems). */
public final class Labs {

    private Labs() {
    }

    /** The topologies of one clean text. */
    public static List<Topology> of(String text) {
        return List.of(HvnetTestFiles.parseClean(text));
    }

    /** The topologies of an example file in {@code examples/}. */
    public static List<Topology> example(String fileName) {
        LoadedModel model = HvnetTestFiles.load(HvnetTestFiles.read(examplePath(fileName)));
        if (model.hasErrors()) {
            throw new AssertionError("example " + fileName + " has problems: " + model.problems());
        }
        return model.topologies();
    }

    /** The path of an example file. */
    public static Path examplePath(String fileName) {
        return HvnetTestFiles.repositoryRoot().resolve("examples").resolve(fileName);
    }

    /** The host named {@code name}. */
    public static Host host(List<Topology> topologies, String name) {
        return topologies.stream().flatMap(t -> t.getHosts().stream()).filter(h -> name.equals(h.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no host " + name));
    }
}
