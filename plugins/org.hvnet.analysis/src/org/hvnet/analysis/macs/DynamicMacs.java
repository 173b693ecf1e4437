// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.macs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.order.WrittenOrder;
import org.hvnet.model.Host;
import org.hvnet.model.Interface;
import org.hvnet.model.MacAddressPool;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.platform.Platforms;

/**
 * Rule X-5 on the simulated model: every Hyper-V host's pool of dynamic MACs (written, or the default one derived
 * from the first static IPv4 address written on its physical NICs or host vNICs; hosts without one take
 * {@code 00-00}, {@code 00-01}, ... in file order among themselves), and the MAC of every interface: the one written,
 * else, for host vNICs and VM NICs of Hyper-V hosts, the lowest free MAC of the host's pool, interfaces in the
 * order they are written. The pools are found in one pass over the hosts; a host's MACs are assigned when first asked
 * for, so that a caller walking the model host by host finds the host's interfaces still in the processor's cache.
 */
public final class DynamicMacs {

    /** A port without a MAC in {@link #macsOf}. */
    public static final long NONE = HostMacs.NONE;

    private final WrittenOrder order;
    /** The Hyper-V hosts, in file order, with their pools. */
    private final Map<Host, MacPool> pools = new IdentityHashMap<>();
    private final List<Host> hosts = new ArrayList<>();
    private final Map<Host, HostMacs> assigned = new ConcurrentHashMap<>(); // EMF objects hash by identity

    private DynamicMacs(WrittenOrder order) {
        this.order = order;
    }

    /** The pools of the Hyper-V hosts of a simulated model (installs applied, implied host vNICs added). */
    public static DynamicMacs of(SimulatedModel model) {
        DynamicMacs macs = new DynamicMacs(model.writtenOrder());
        int unnumbered = 0;
        for (Topology topology : model.topologies()) {
            for (Host host : topology.getHosts()) {
                if (!Platforms.isHyperV(host.getPlatform())) {
                    continue;
                }
                MacPool pool = poolOf(host, model.originalOf(host), macs.order);
                if (pool == null) {
                    pool = MacPool.byDefault(unnumbered >> 8, unnumbered & 0xFF);
                    unnumbered++;
                }
                macs.pools.put(host, pool);
                macs.hosts.add(host);
            }
        }
        return macs;
    }

    /** The written pool, the default pool of the host's first written static address, or null for neither. */
    private static MacPool poolOf(Host host, Host written, WrittenOrder order) {
        MacAddressPool pool = host.getMacPool();
        if (pool != null && pool.getFirst() != null && pool.getLast() != null) {
            return new MacPool(pool.getFirst().bits(), pool.getLast().bits(), true);
        }
        Host source = written != null ? written : host;
        List<Interface> candidates = new ArrayList<>(source.getNics());
        for (VirtualSwitch vswitch : source.getSwitches()) {
            candidates.addAll(vswitch.getHostVnics());
        }
        Interface first = candidates.stream().filter(i -> i.getIpv4() instanceof StaticIpv4Config fixed && fixed.getAddress() != null)
                .min(Comparator.comparingLong(order::keyOf)).orElse(null);
        if (first == null) {
            return null;
        }
        int bits = ((StaticIpv4Config) first.getIpv4()).getAddress().address().bits();
        return MacPool.byDefault((bits >>> 8) & 0xFF, bits & 0xFF);
    }

    /** The MACs of a Hyper-V host, assigned on first use; null for a host of the hosted products. */
    private HostMacs assigned(Host host) {
        MacPool pool = pools.get(host);
        return pool == null ? null : assigned.computeIfAbsent(host, h -> HostMacs.assign(h, pool, order.interfacesOf(h)));
    }

    /**
     * The MAC of each host vNIC (switch by switch) and then each VM NIC (VM by VM) of a simulated Hyper-V host, in model
     * order: written, or assigned from the host's pool, or {@link #NONE}; null for a host of the hosted products, whose
     * ports have only the MACs written.
     */
    public long[] macsOf(Host host) {
        HostMacs macs = assigned(host);
        return macs == null ? null : macs.macs().clone();
    }

    /** The pool of a simulated Hyper-V host, or null for a host of the hosted products. */
    public MacPool poolOf(Host host) {
        return pools.get(host);
    }

    /** How many host vNICs and VM NICs of a host have no written MAC and want one from the pool. */
    public int wanting(Host host) {
        HostMacs macs = assigned(host);
        return macs == null ? 0 : macs.wanting();
    }

    /** How many addresses of a host's pool no written MAC of the host takes. */
    public long free(Host host) {
        HostMacs macs = assigned(host);
        return macs == null ? 0 : macs.free();
    }

    /** The simulated hosts whose pool ran out before every interface had a MAC (V-14), in file order. */
    public List<Host> exhausted() {
        return hosts.stream().filter(host -> assigned(host).exhausted()).toList();
    }
}
