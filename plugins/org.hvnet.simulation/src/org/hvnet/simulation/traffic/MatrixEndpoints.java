// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * The endpoints of the reachability matrix (rule T-8): every model interface with an address, in model order,
 * then {@code internet} (standing for the first of 8.8.8.8, 1.1.1.1, 9.9.9.9 outside the model's subnets) when a
 * network router reaches it. The matrix and the summary both count these, so that they always agree.
 */
final class MatrixEndpoints {

    /** The addresses that may stand for "the internet", in order of preference. */
    private static final int[] INTERNET_CANDIDATES = { Ipv4Address.valueOf("8.8.8.8").bits(), Ipv4Address.valueOf("1.1.1.1").bits(),
            Ipv4Address.valueOf("9.9.9.9").bits() };

    private final NetworkSnapshot net;
    private final int[] ports;
    private final int internetAddress;

    MatrixEndpoints(NetworkSnapshot net, AddressPlan plan, AddressIndex index) {
        this.net = net;
        List<Integer> chosen = new ArrayList<>();
        for (int port = 0; port < net.interfaceCount(); port++) {
            if (plan.hasAddress(port)) {
                chosen.add(port);
            }
        }
        ports = chosen.stream().mapToInt(Integer::intValue).toArray();
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
    }

    /** How many endpoints there are. */
    int size() {
        return ports.length + (hasInternet() ? 1 : 0);
    }

    /** How many endpoints are interfaces (they come first). */
    int interfaces() {
        return ports.length;
    }

    /** The port of an interface endpoint. */
    int port(int endpoint) {
        return ports[endpoint];
    }

    /** True when the matrix has an {@code internet} endpoint. */
    boolean hasInternet() {
        return internetAddress != -1;
    }

    /** The index of the {@code internet} endpoint (the last one), or -1. */
    int internetIndex() {
        return hasInternet() ? ports.length : -1;
    }

    /** The address standing for the internet, when there is an {@code internet} endpoint. */
    int internetAddress() {
        return internetAddress;
    }

    /** The name of an endpoint: {@code OWNER.IFACE}, or {@code internet}. */
    String label(int endpoint) {
        return endpoint == ports.length ? "internet" : net.label(ports[endpoint]);
    }
}
