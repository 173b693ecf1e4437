// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

/**
 * Two numbers as one hash key (a joint class and an address, a source class in each version...). Not a {@code Long}
 * of both: {@code Long.hashCode} is the two halves' exclusive or, so an address with a class collides with thousands
 * of others (and every unchanged class pair hashes to 0). Written out rather than a record: a record's equals and
 * hashCode go through method handles that the command's C1-only JVM does not inline.
 */
final class IntPair {

    private final int first;
    private final int second;

    IntPair(int first, int second) {
        this.first = first;
        this.second = second;
    }

    int first() {
        return first;
    }

    int second() {
        return second;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntPair pair && pair.first == first && pair.second == second;
    }

    @Override
    public int hashCode() {
        return finish((first * 0x9E3779B97F4A7C15L) ^ (second * 0xC2B2AE3D27D4EB4FL));
    }

    /** The hash of numbers multiplied by odd constants and combined: their bits spread over all 32 of the result. */
    static int finish(long combined) {
        long mixed = combined ^ (combined >>> 29);
        mixed *= 0xBF58476D1CE4E5B9L;
        return (int) (mixed ^ (mixed >>> 32));
    }
}
