// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.Host;
import org.hvnet.model.Topology;
import org.hvnet.analysis.install.ImpliedHostVnic;
import org.hvnet.analysis.install.ImpliedHostVnics;
import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.InstallResult;
import org.hvnet.analysis.install.InstallTransformation;
import org.hvnet.analysis.macs.DynamicMacs;
import org.hvnet.analysis.order.WrittenOrder;
import org.hvnet.analysis.segments.SegmentIndex;

/**
 * The model the simulation runs on: every planned install applied (rules I-1 to I-5) and every implied host
 * vNIC added (S-4, S-8), on copies of the written topologies, which stay unchanged. Addresses, traces,
 * reachability and expectations all start from here.
 */
public final class SimulatedModel {

    private final List<Topology> written;
    private final List<Topology> topologies;
    private final List<InstallReport> installs;
    private final List<ImpliedHostVnic> implied;
    private final Map<EObject, EObject> copies;
    private final Map<EObject, EObject> originals;
    private SegmentIndex segments;
    private WrittenOrder writtenOrder;
    private DynamicMacs macs;

    private SimulatedModel(List<Topology> written, InstallResult installed, List<ImpliedHostVnic> implied) {
        this.written = List.copyOf(written);
        this.topologies = installed.topologies();
        this.installs = installed.reports();
        this.implied = List.copyOf(implied);
        this.copies = installed.copies();
        this.originals = new IdentityHashMap<>(copies.size());
        copies.forEach((original, copy) -> originals.put(copy, original));
    }

    private SimulatedModel(SimulatedModel model) {
        this.written = model.written;
        this.topologies = model.topologies;
        this.installs = model.installs;
        this.implied = model.implied;
        this.copies = model.copies;
        this.originals = model.originals;
    }

    /**
     * The same simulated model (the same copies, nothing installed again) whose derived tables — segments, written
     * order, MACs — are computed anew on first use: for benchmarks that time those computations.
     */
    public SimulatedModel uncached() {
        return new SimulatedModel(this);
    }

    /** Applies every planned install and adds implied host vNICs, on copies of {@code written}. */
    public static SimulatedModel of(Collection<Topology> written) {
        InstallResult installed = InstallTransformation.applyPlanned(written);
        List<ImpliedHostVnic> implied = new ArrayList<>();
        for (Topology topology : installed.topologies()) {
            for (Host host : topology.getHosts()) {
                implied.addAll(ImpliedHostVnics.addTo(host));
            }
        }
        return new SimulatedModel(new ArrayList<>(written), installed, implied);
    }

    /** The topologies as written (never changed). */
    public List<Topology> written() {
        return written;
    }

    /** The simulated topologies, in the order of the written ones. */
    public List<Topology> topologies() {
        return topologies;
    }

    /** The segments of the simulated topologies (rule T-1), computed once. */
    public synchronized SegmentIndex segments() {
        if (segments == null) {
            segments = SegmentIndex.of(topologies);
        }
        return segments;
    }

    /**
     * The order in which the elements are written in the files (rules ), for written and simulated elements
     * alike; an element the rules create takes the position of the line that creates it.
     */
    public synchronized WrittenOrder writtenOrder() {
        if (writtenOrder == null) {
            writtenOrder = new WrittenOrder(written, originals);
        }
        return writtenOrder;
    }

    /** The MAC pools of the hosts and the MAC of every simulated interface (rule X-5), computed once. */
    public synchronized DynamicMacs macs() {
        if (macs == null) {
            macs = DynamicMacs.of(this);
        }
        return macs;
    }

    /** The change reports of the planned installs, host by host in file order. */
    public List<InstallReport> installs() {
        return installs;
    }

    /** The host vNICs added by rules S-4 and I-2 without being written. */
    public List<ImpliedHostVnic> implied() {
        return implied;
    }

    /** The simulated copy of a written element, or null. */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T copyOf(T original) {
        return (T) copies.get(original);
    }

    /** The written element a simulated one was copied from, or null for elements the rules created. */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T originalOf(T copy) {
        return (T) originals.get(copy);
    }
}
