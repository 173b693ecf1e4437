// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TodaysShares;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.model.Host;
import org.hvnet.model.Topology;

/**
 * Test labs: a .hvnet text, an example file, the examples folder or a generated data centre in, its topologies out
 * (they must load without errors).
 */
public final class Labs {

    private Labs() {
    }

    /** The topologies of one clean text. */
    public static List<Topology> of(String text) {
        return List.of(HvnetTestFiles.parseClean(text));
    }

    /** The topologies of several clean texts loaded together, file name to text, files in the map's order. */
    public static List<Topology> of(Map<String, String> textsByFile) {
        return loaded("the files " + textsByFile.keySet(), HvnetTestFiles.load(textsByFile));
    }

    /** The topologies of an example file in {@code examples/}. */
    public static List<Topology> example(String fileName) {
        return loaded("example " + fileName, HvnetTestFiles.load(HvnetTestFiles.read(examplePath(fileName))));
    }

    /** The topologies of every example file loaded together, as {@code hvnet} loads the {@code examples} folder. */
    public static List<Topology> allExamples() {
        Map<String, String> texts = new LinkedHashMap<>();
        HvnetTestFiles.examples().forEach(file -> texts.put(file.getFileName().toString(), HvnetTestFiles.read(file)));
        return loaded("the examples folder", HvnetTestFiles.load(texts));
    }

    /** The topologies of a generated data centre ({@code hvnet generate}). */
    public static List<Topology> generated(int hosts, int vmsPerHost, long seed) {
        return generated(hosts, vmsPerHost, seed, TodaysShares.NONE);
    }

    /** The topologies of a generated data centre whose hosts use today's Hyper-V by {@code shares} ({@code hvnet generate --vlan-share ...}). */
    public static List<Topology> generated(int hosts, int vmsPerHost, long seed, TodaysShares shares) {
        return loaded("generated " + hosts + "x" + vmsPerHost + " seed " + seed + " shares " + shares,
                HvnetTestFiles.load(TopologyGenerator.generate(new GeneratorSettings(hosts, vmsPerHost, seed, shares))));
    }

    private static List<Topology> loaded(String what, LoadedModel model) {
        if (model.hasErrors()) {
            throw new AssertionError(what + " has problems: " + model.problems());
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
