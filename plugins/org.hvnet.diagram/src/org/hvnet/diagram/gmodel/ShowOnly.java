// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

/**
 * What the diagram shows only: everything, one host (with the networks it is cabled to), one broadcast domain (rule
 * T-1: the networks, switches and hosts of the segment of {@code elementId}), or the hosts and networks of the traced
 * packet's path.
 */
public record ShowOnly(Kind kind, String elementId) {

    /** No restriction. */
    public static final ShowOnly EVERYTHING = new ShowOnly(Kind.EVERYTHING, "");

    /** What is shown. */
    public enum Kind {
        /** Everything. */
        EVERYTHING,
        /** The host of {@code elementId} (or the host it is in), drawn whole, and its networks. */
        HOST,
        /** The segment of {@code elementId}: a network, a switch or an interface. */
        SEGMENT,
        /** The hosts and networks the traced packet passes. */
        TRACE
    }

    /** Null parts read as everything. */
    public ShowOnly {
        kind = kind == null ? Kind.EVERYTHING : kind;
        elementId = elementId == null ? "" : elementId;
    }

    /** Only the host with diagram id {@code hostId}. */
    public static ShowOnly host(String hostId) {
        return new ShowOnly(Kind.HOST, hostId);
    }
}
