// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hvnet.dsl.HvnetStandaloneSetup;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.TopologyLoader;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TodaysShares;
import org.hvnet.generator.TopologyGenerator;

import com.google.inject.Injector;

/**
 * The benchmarks' model: a generated data centre of N hosts with 20 VMs each (fixed seed), parsed outside OSGi. The
 * system property {@value #SHARES_PROPERTY} ({@code VLAN,NAT,SET,ACL} percentages, e.g. {@code 30,10,20,20}) adds the
 * generator's shares of today's Hyper-V; without it, the classic data centre.
 */
public final class GeneratedTopology {

    /** VMs on every host. */
    public static final int VMS_PER_HOST = 20;
    /** The generator seed of every run (the default of {@code hvnet generate}). */
    public static final long SEED = 1;
    /** The system property with the shares of today's Hyper-V, {@code VLAN,NAT,SET,ACL} in percent. */
    public static final String SHARES_PROPERTY = "hvnet.bench.shares";

    private static Injector injector;

    private GeneratedTopology() {
    }

    /** The .hvnet text of a data centre of {@code hosts} hosts. */
    public static String text(int hosts) {
        return TopologyGenerator.generate(new GeneratorSettings(hosts, VMS_PER_HOST, SEED, shares()));
    }

    /** The name the text of {@code hosts} hosts is loaded and written under (with the shares, when there are any). */
    public static Path fileName(int hosts) {
        TodaysShares shares = shares();
        String suffix = shares.any() ? "-shares-" + shares.vlanPercent() + "-" + shares.natPercent() + "-" + shares.setPercent() + "-"
                + shares.aclPercent() : "";
        return Path.of("generated-" + hosts + "x" + VMS_PER_HOST + suffix + ".hvnet");
    }

    /** The shares of {@value #SHARES_PROPERTY}, or none. */
    public static TodaysShares shares() {
        String value = System.getProperty(SHARES_PROPERTY, "").trim();
        if (value.isEmpty()) {
            return TodaysShares.NONE;
        }
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException(SHARES_PROPERTY + " takes VLAN,NAT,SET,ACL percentages, not '" + value + "'");
        }
        return new TodaysShares(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim()),
                Integer.parseInt(parts[3].trim()));
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
