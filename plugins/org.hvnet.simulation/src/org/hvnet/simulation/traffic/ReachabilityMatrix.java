package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * The reachability matrix of all endpoints (rule T-8): every model interface with an address, plus
 * {@code internet} when a network router reaches it. Cells are answered on demand by the
 * {@link ReachabilityAnalysis}, so that a large matrix can be streamed without being stored.
 */
public final class ReachabilityMatrix {

    /** The address that stands for "the internet" in the matrix when no model subnet holds it. */
    static final int[] INTERNET_CANDIDATES = { Ipv4Address.valueOf("8.8.8.8").bits(), Ipv4Address.valueOf("1.1.1.1").bits(),
            Ipv4Address.valueOf("9.9.9.9").bits() };

    private final ReachabilityAnalysis analysis;
    private final List<String> endpoints = new ArrayList<>();
    private final int[] ports;
    private final int[] addresses;
    private final int internetIndex;
    private final int internetAddress;

    /** The matrix over a snapshot's interfaces. */
    public ReachabilityMatrix(NetworkSnapshot net, AddressPlan plan, AddressIndex index, ReachabilityAnalysis analysis) {
        this.analysis = analysis;
        List<Integer> chosen = new ArrayList<>();
        for (int port = 0; port < net.interfaceCount(); port++) {
            if (plan.hasAddress(port)) {
                chosen.add(port);
                endpoints.add(net.label(port));
            }
        }
        int internet = -1;
        for (int device = 0; device < net.deviceCount() && internet < 0; device++) {
            if (net.internet(device)) {
                for (int candidate : INTERNET_CANDIDATES) {
                    if (!index.inModelSubnets(candidate)) {
                        internet = candidate;
                        break;
                    }
                }
            }
        }
        internetAddress = internet;
        internetIndex = internet == -1 ? -1 : endpoints.size();
        if (internetIndex >= 0) {
            endpoints.add("internet");
        }
        ports = chosen.stream().mapToInt(Integer::intValue).toArray();
        addresses = chosen.stream().mapToInt(plan::address).toArray();
    }

    /** The endpoints, rows and columns in the same order. */
    public List<String> endpoints() {
        return List.copyOf(endpoints);
    }

    /** How many endpoints there are. */
    public int size() {
        return endpoints.size();
    }

    /** True when endpoint {@code from} reaches endpoint {@code to}. */
    public boolean reachable(int from, int to) {
        boolean fromInternet = from == internetIndex;
        int destination = to == internetIndex ? internetAddress : addresses[to];
        if (fromInternet) {
            return to == internetIndex || analysis.reachesFromInternet(destination);
        }
        return to == internetIndex ? analysis.reaches(ports[from], destination) : analysis.reachesPort(ports[from], ports[to]);
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
