// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.util.List;

/**
 * A positional argument of a subcommand, as help and shell completion read it: its placeholder ({@code FILES},
 * {@code FROM}) and what completes it.
 */
public record Operand(String name, Kind kind, List<String> choices) {

    /** What a shell completes for an operand. */
    public enum Kind {
        /** {@code .hvnet} files and directories. */
        MODELS,
        /** Any file. */
        FILE,
        /** One of {@link Operand#choices()}. */
        CHOICE,
        /** A subcommand's name. */
        SUBCOMMAND,
        /** Free text (an endpoint, a name): nothing to complete. */
        TEXT
    }

    /** A copy of the list. */
    public Operand {
        choices = List.copyOf(choices);
    }

    /** {@code .hvnet} files or directories of them. */
    public static Operand models(String name) {
        return new Operand(name, Kind.MODELS, List.of());
    }

    /** Any file. */
    public static Operand file(String name) {
        return new Operand(name, Kind.FILE, List.of());
    }

    /** Free text. */
    public static Operand text(String name) {
        return new Operand(name, Kind.TEXT, List.of());
    }

    /** One of a fixed set of words. */
    public static Operand choice(String name, List<String> choices) {
        return new Operand(name, Kind.CHOICE, choices);
    }

    /** The name of a subcommand. */
    public static Operand subcommand(String name) {
        return new Operand(name, Kind.SUBCOMMAND, List.of());
    }
}
