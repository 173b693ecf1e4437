// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.HashMap;
import java.util.Map;

import org.hvnet.model.Endpoint;
import org.hvnet.model.NamedElement;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.DeviceKind;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * Resolves endpoints (DSL.md): {@code HOST} or {@code VM} (its first interface with an address),
 * {@code OWNER.IFACE} (the name may be quoted), or an IPv4 address, from command-line text or from an
 * expectation's {@link Endpoint}.
 */
public final class EndpointResolver {

    private final NetworkSnapshot net;
    private final AddressPlan plan;
    /** The first host or VM of each name. */
    private final Map<String, Integer> deviceByName = new HashMap<>();
    /** The first port of each address. */
    private final Map<Integer, Integer> portByAddress = new HashMap<>();

    /** A resolver on a snapshot and its addresses. */
    public EndpointResolver(NetworkSnapshot net, AddressPlan plan) {
        this.net = net;
        this.plan = plan;
        for (int device = 0; device < net.deviceCount(); device++) {
            DeviceKind kind = net.deviceKind(device);
            if (kind == DeviceKind.HOST || kind == DeviceKind.VM) {
                deviceByName.putIfAbsent(net.deviceName(device), device);
            }
        }
        for (int port = 0; port < net.portCount(); port++) {
            if (plan.hasAddress(port)) {
                portByAddress.putIfAbsent(plan.address(port), port);
            }
        }
    }

    /** Resolves command-line text: {@code Web01}, {@code Web01.eth0}, {@code HV01."Local Area Connection 3"}, {@code 8.8.8.8}. */
    public ResolvedEndpoint resolve(String text) {
        String trimmed = text.trim();
        if (trimmed.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            try {
                return ofAddress(trimmed, Ipv4Address.valueOf(trimmed).bits());
            } catch (IllegalArgumentException e) {
                return ResolvedEndpoint.unknown(trimmed, e.getMessage());
            }
        }
        int dot = trimmed.indexOf('.');
        if (dot < 0) {
            return ofOwner(trimmed, unquote(trimmed), null);
        }
        return ofOwner(trimmed, unquote(trimmed.substring(0, dot)), unquote(trimmed.substring(dot + 1)));
    }

    /** Resolves an expectation endpoint of the written model (names are the same in the simulated one). */
    public ResolvedEndpoint resolve(Endpoint endpoint) {
        if (endpoint.getAddress() != null) {
            return ofAddress(endpoint.getAddress().toString(), endpoint.getAddress().bits());
        }
        NamedElement owner = endpoint.getOwner();
        String ownerName = owner == null || owner.eIsProxy() ? null : owner.getName();
        if (ownerName == null) {
            return ResolvedEndpoint.unknown("?", "the endpoint names no host or VM");
        }
        String label = endpoint.getInterfaceName() == null ? ownerName : ownerName + "." + endpoint.getInterfaceName();
        return ofOwner(label, ownerName, endpoint.getInterfaceName());
    }

    private ResolvedEndpoint ofAddress(String label, int address) {
        Integer port = portByAddress.get(address);
        if (port != null) {
            return new ResolvedEndpoint(label, port, true, address, false, null);
        }
        boolean internet = !Ipv4Address.ofBits(address).isPrivateOrSpecial();
        return new ResolvedEndpoint(label, -1, true, address, internet, internet ? null : "no interface has " + label);
    }

    private ResolvedEndpoint ofOwner(String label, String ownerName, String ifaceName) {
        Integer found = deviceByName.get(ownerName);
        if (found != null) {
            int device = found;
            int[] ports = net.devicePorts(device);
            if (ifaceName != null) {
                for (int port : ports) {
                    if (ifaceName.equals(net.name(port))) {
                        return ofPort(label, port);
                    }
                }
                return ResolvedEndpoint.unknown(label, ownerName + " has no interface named '" + ifaceName + "'");
            }
            for (int port : ports) {
                if (plan.hasAddress(port)) {
                    return ofPort(label, port); // DSL.md: a host or VM uses its first interface with an address
                }
            }
            return ports.length == 0 ? ResolvedEndpoint.unknown(label, ownerName + " has no interfaces") : ofPort(label, ports[0]);
        }
        return ResolvedEndpoint.unknown(label, "no host or VM is named '" + ownerName + "'");
    }

    private ResolvedEndpoint ofPort(String label, int port) {
        return new ResolvedEndpoint(label, port, plan.hasAddress(port), plan.hasAddress(port) ? plan.address(port) : 0, false, null);
    }

    private static String unquote(String name) {
        String trimmed = name.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1).replace("\\\"", "\"");
        }
        return trimmed;
    }
}
