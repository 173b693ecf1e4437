// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.nio.file.Path;

import org.hvnet.frontend.loading.LoadedModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** Parse and link: the generated text into a fresh Xtext resource set, every reference resolved. */
public class ParseAndLinkBenchmark extends PhaseBenchmark {

    private Path name;
    private String text;

    /** Generates the text and sets the language up. */
    @Setup
    public void generate() {
        name = GeneratedTopology.fileName(hosts);
        text = GeneratedTopology.text(hosts);
        GeneratedTopology.language();
    }

    /** Parses and links the text. */
    @Benchmark
    public LoadedModel parseAndLink() {
        return GeneratedTopology.load(name, text);
    }
}
