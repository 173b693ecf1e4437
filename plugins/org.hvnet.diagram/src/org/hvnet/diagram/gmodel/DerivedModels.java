// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.hvnet.model.Topology;
import org.hvnet.analysis.SimulatedModel;

/**
 * What the diagram derives from a parsed model (its files' topologies) by simulation — the addresses of its
 * interfaces (rules) and the topologies with their planned installs applied (rule I-2) — computed once per
 * parse and kept as long as that parse is: expanding a host or toggling a layer of an estate of thousands of hosts
 * does not simulate it again.
 */
public final class DerivedModels {

    private static final Derived<AddressLabels> ADDRESSES = new Derived<>(SimulatedAddresses::of);
    private static final Derived<List<Topology>> INSTALLED = new Derived<>(model -> SimulatedModel.of(model).topologies());

    private DerivedModels() {
    }

    /** The simulated addresses of {@code model}, computed at the first question about one. */
    public static AddressLabels addresses(List<Topology> model) {
        return iface -> ADDRESSES.of(model).of(iface);
    }

    /**
     * Starts simulating the addresses of {@code model} in the background, when they are not known yet: the overview of
     * an estate shows none, and the first host expanded would otherwise wait for the whole estate's simulation.
     */
    public static void prepareAddresses(List<Topology> model) {
        if (ADDRESSES.known(model)) {
            return;
        }
        Thread thread = new Thread(() -> ADDRESSES.of(model), "hvnet-diagram-addresses");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The topologies of {@code model} with every planned install applied. */
    public static List<Topology> installed(List<Topology> model) {
        return INSTALLED.of(model);
    }

    /** One derivation, kept per parsed model (weakly, by its first topology; the other topologies must be the same too). */
    private static final class Derived<T> {

        private final Function<List<Topology>, T> derivation;
        private final Map<Topology, Map.Entry<List<Topology>, T>> kept = new WeakHashMap<>();

        Derived(Function<List<Topology>, T> derivation) {
            this.derivation = derivation;
        }

        synchronized boolean known(List<Topology> model) {
            return !model.isEmpty() && kept.get(model.get(0)) != null && same(kept.get(model.get(0)).getKey(), model);
        }

        synchronized T of(List<Topology> model) {
            if (model.isEmpty()) {
                return derivation.apply(model);
            }
            Map.Entry<List<Topology>, T> entry = kept.get(model.get(0));
            if (entry == null || !same(entry.getKey(), model)) {
                entry = Map.entry(List.copyOf(model), derivation.apply(model));
                kept.put(model.get(0), entry);
            }
            return entry.getValue();
        }

        private static boolean same(List<Topology> a, List<Topology> b) {
            return sameParse(a, b);
        }
    }

    /** True when {@code a} and {@code b} hold the same topology objects (one parse), in the same order. */
    static boolean sameParse(List<Topology> a, List<Topology> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
