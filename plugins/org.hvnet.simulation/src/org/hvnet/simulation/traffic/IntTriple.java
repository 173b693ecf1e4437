// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

/**
 * Three numbers as one hash key: a group of common endpoints (joint class, old address, new address), or a count of
 * both bulk sets (joint class, old bulk, new bulk). Written out rather than a record, as {@link IntPair} is.
 */
final class IntTriple {

    private final int first;
    private final int second;
    private final int third;

    IntTriple(int first, int second, int third) {
        this.first = first;
        this.second = second;
        this.third = third;
    }

    int first() {
        return first;
    }

    int second() {
        return second;
    }

    int third() {
        return third;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntTriple triple && triple.first == first && triple.second == second && triple.third == third;
    }

    @Override
    public int hashCode() {
        return IntPair.finish((first * 0x9E3779B97F4A7C15L) ^ (second * 0xC2B2AE3D27D4EB4FL) ^ (third * 0x165667B19E3779F9L));
    }
}
