// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How the diagram shows the estate: as an overview (every host a compact node, the hosts in {@code expanded} drawn
 * with their switches and VMs in place) or in detail (every host drawn whole), and what it shows only ({@link
 * ShowOnly}). In {@link Mode#AUTO} a model of more than {@value #OVERVIEW_ABOVE_HOSTS} hosts opens as the overview.
 */
public record EstateView(Mode mode, Set<String> expanded, ShowOnly only) {

    /** Above this many hosts, {@link Mode#AUTO} shows the overview. */
    public static final int OVERVIEW_ABOVE_HOSTS = 4;

    /** What a new diagram shows: the overview above {@value #OVERVIEW_ABOVE_HOSTS} hosts, everything. */
    public static final EstateView AUTO = new EstateView(Mode.AUTO, Set.of(), ShowOnly.EVERYTHING);

    /** Every host drawn whole (the SVG export of a file, and the diagram of a few hosts). */
    public static final EstateView DETAIL = new EstateView(Mode.DETAIL, Set.of(), ShowOnly.EVERYTHING);

    /** The overview or the detail, or the overview above {@value #OVERVIEW_ABOVE_HOSTS} hosts. */
    public enum Mode {
        /** The overview above {@value EstateView#OVERVIEW_ABOVE_HOSTS} hosts, else the detail. */
        AUTO,
        /** The overview: hosts as compact nodes, networks and cables. */
        ESTATE,
        /** Every host with its switches, host vNICs and VMs. */
        DETAIL
    }

    /** Copies the set of expanded hosts. */
    public EstateView {
        expanded = Set.copyOf(expanded);
    }

    /** True when a model of {@code hosts} hosts is shown as the overview. */
    public boolean overview(int hosts) {
        return mode == Mode.ESTATE || mode == Mode.AUTO && hosts > OVERVIEW_ABOVE_HOSTS;
    }

    /** This view in {@code newMode}, no host expanded. */
    public EstateView withMode(Mode newMode) {
        return new EstateView(newMode, Set.of(), only);
    }

    /** This view with the hosts {@code hostIds} expanded ({@code expand}) or collapsed. */
    public EstateView withExpanded(Iterable<String> hostIds, boolean expand) {
        Set<String> now = new LinkedHashSet<>(expanded);
        for (String id : hostIds) {
            if (expand) {
                now.add(id);
            } else {
                now.remove(id);
            }
        }
        return new EstateView(mode, now, only);
    }

    /** This view showing only {@code newOnly}. */
    public EstateView withOnly(ShowOnly newOnly) {
        return new EstateView(mode, expanded, newOnly);
    }
}
