// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * The reachability matrix of all endpoints (rule T-8, {@link MatrixEndpoints}): every model interface with an
 * address, plus {@code internet} when a network router reaches it. Cells are answered on demand by the
 * {@link ReachabilityAnalysis}, so that a large matrix can be streamed without being stored.
 */
public final class ReachabilityMatrix {

    private final ReachabilityAnalysis analysis;
    private final MatrixEndpoints endpoints;
    private final List<String> labels;
    private final int[] addresses;

    /** The matrix over a snapshot's interfaces. */
    public ReachabilityMatrix(NetworkSnapshot net, AddressPlan plan, AddressIndex index, ReachabilityAnalysis analysis) {
        this.analysis = analysis;
        this.endpoints = new MatrixEndpoints(net, plan, index);
        List<String> names = new ArrayList<>(endpoints.size());
        addresses = new int[endpoints.interfaces()];
        for (int i = 0; i < endpoints.size(); i++) {
            names.add(endpoints.label(i));
        }
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = plan.address(endpoints.port(i));
        }
        labels = List.copyOf(names);
    }

    /** The endpoints, rows and columns in the same order. */
    public List<String> endpoints() {
        return labels;
    }

    /** How many endpoints there are. */
    public int size() {
        return labels.size();
    }

    /** True when endpoint {@code from} reaches endpoint {@code to}. */
    public boolean reachable(int from, int to) {
        int internetIndex = endpoints.internetIndex();
        int destination = to == internetIndex ? endpoints.internetAddress() : addresses[to];
        if (from == internetIndex) {
            return to == internetIndex || analysis.reachesFromInternet(endpoints.internetAddress(), destination);
        }
        int source = endpoints.port(from);
        return to == internetIndex ? analysis.reaches(source, destination) : analysis.reachesPort(source, endpoints.port(to));
    }

    /** One row of the matrix. */
    public boolean[] row(int from) {
        boolean[] row = new boolean[size()];
        for (int to = 0; to < row.length; to++) {
            row[to] = reachable(from, to);
        }
        return row;
    }
}
