package org.hvnet.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hvnet.dsl.HvnetStandaloneSetup;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.TopologyLoader;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;

import com.google.inject.Injector;

/** The benchmarks' model: a generated data centre of N hosts with 20 VMs each (fixed seed), parsed outside OSGi. */
public final class GeneratedTopology {

    /** VMs on every host. */
    public static final int VMS_PER_HOST = 20;
    /** The generator seed of every run (the default of {@code hvnet generate}). */
    public static final long SEED = 1;

    private static Injector injector;

    private GeneratedTopology() {
    }

    /** The .hvnet text of a data centre of {@code hosts} hosts. */
    public static String text(int hosts) {
        return TopologyGenerator.generate(new GeneratorSettings(hosts, VMS_PER_HOST, SEED));
    }

    /** The name the text of {@code hosts} hosts is loaded and written under. */
    public static Path fileName(int hosts) {
        return Path.of("generated-" + hosts + "x" + VMS_PER_HOST + ".hvnet");
    }

    /** Parses and links {@code text} into a fresh resource set, as {@code hvnet} does. */
    public static LoadedModel load(Path name, String text) {
        return language().getInstance(TopologyLoader.class).loadTexts(List.of(Map.entry(name, text)));
    }

    /** Generates and loads a data centre of {@code hosts} hosts. */
    public static LoadedModel load(int hosts) {
        return load(fileName(hosts), text(hosts));
    }

    /** The language's injector, created once per JVM as the tests and the CLI do. */
    public static synchronized Injector language() {
        if (injector == null) {
            injector = HvnetStandaloneSetup.doSetup();
        }
        return injector;
    }
}
