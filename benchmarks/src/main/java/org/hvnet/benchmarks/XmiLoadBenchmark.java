// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.model.Topology;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/** The baseline: the same model loaded from EMF's XMI with plain EMF, every reference resolved. */
public class XmiLoadBenchmark extends PhaseBenchmark {

    private Path file;

    /** Generates and loads the model, then saves it as XMI once. */
    @Setup
    public void save() throws IOException {
        file = Files.createTempFile("hvnet-benchmark-", ".xmi");
        XmiFiles.save(GeneratedTopology.load(hosts).topologies().get(0), file);
    }

    /** Loads the XMI file. */
    @Benchmark
    public Topology xmiLoad() throws IOException {
        return XmiFiles.load(file);
    }

    /** Deletes the XMI file. */
    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
