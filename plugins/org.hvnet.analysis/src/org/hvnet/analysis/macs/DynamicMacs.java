// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.macs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.order.WrittenOrder;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Interface;
import org.hvnet.model.MacAddressPool;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.platform.Platforms;
import org.hvnet.model.values.MacAddress;

/**
 * Rule X-5 on the simulated model: every Hyper-V host's pool of dynamic MACs (written, or the default one derived
 * from the first static IPv4 address written on its physical NICs or host vNICs; hosts without one take
 * {@code 00-00}, {@code 00-01}, ... in file order among themselves), and the MAC of every interface: the one written,
 * else, for host vNICs and VM NICs of Hyper-V hosts, the lowest free MAC of the host's pool, interfaces in the
 * order they are written. One pass over the model, a sort per host.
 */
public final class DynamicMacs {

    private final Map<Host, MacPool> pools = new IdentityHashMap<>();
    private final Map<Interface, MacAddress> assigned = new IdentityHashMap<>();
    private final Map<Host, Integer> wanting = new IdentityHashMap<>();
    private final Map<Host, Long> free = new IdentityHashMap<>();
    private final List<Host> exhausted = new ArrayList<>();

    private DynamicMacs() {
    }

    /** Assigns the dynamic MACs of a simulated model (installs applied, implied host vNICs added). */
    public static DynamicMacs of(SimulatedModel model) {
        DynamicMacs macs = new DynamicMacs();
        WrittenOrder order = model.writtenOrder();
        int unnumbered = 0;
        for (Topology topology : model.topologies()) {
            for (Host host : topology.getHosts()) {
                if (!Platforms.isHyperV(host.getPlatform())) {
                    continue;
                }
                MacPool pool = poolOf(host, model.originalOf(host), order);
                if (pool == null) {
                    pool = MacPool.byDefault(unnumbered >> 8, unnumbered & 0xFF);
                    unnumbered++;
                }
                macs.pools.put(host, pool);
                macs.assign(host, pool, order);
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

    private void assign(Host host, MacPool pool, WrittenOrder order) {
        List<Interface> ports = new ArrayList<>();
        for (VirtualSwitch vswitch : host.getSwitches()) {
            for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                ports.add(vnic);
            }
        }
        for (VirtualMachine vm : host.getVms()) {
            ports.addAll(vm.getNics());
        }
        long[] written = writtenMacs(host, ports); // taken first
        long writtenInPool = 0;
        for (long mac : written) {
            writtenInPool += pool.contains(mac) ? 1 : 0;
        }
        List<Interface> dynamic = inWrittenOrder(ports, order);
        free.put(host, pool.size() - writtenInPool);
        long next = pool.first();
        int skip = 0; // the written MACs below next are behind it: next only grows, so one pass over them skips them all
        for (Interface port : dynamic) {
            while (skip < written.length && written[skip] < next) {
                skip++;
            }
            while (next <= pool.last() && skip < written.length && written[skip] == next) {
                next++;
                skip++;
            }
            if (next > pool.last()) {
                exhausted.add(host);
                break;
            }
            assigned.put(port, MacAddress.ofBits(next++));
        }
        wanting.put(host, dynamic.size());
    }

    /**
     * The MACs written on the host's physical NICs and on {@code ports}, each once, in ascending order: one array per
     * host, where a set of boxed numbers cost an object per MAC for every NIC of the model.
     */
    private static long[] writtenMacs(Host host, List<Interface> ports) {
        long[] macs = new long[host.getNics().size() + ports.size()];
        int count = 0;
        for (PhysicalNic nic : host.getNics()) {
            count = addWritten(nic, macs, count);
        }
        for (Interface port : ports) {
            count = addWritten(port, macs, count);
        }
        macs = Arrays.copyOf(macs, count);
        Arrays.sort(macs);
        int distinct = 0;
        for (int i = 0; i < macs.length; i++) {
            if (i == 0 || macs[i] != macs[i - 1]) {
                macs[distinct++] = macs[i];
            }
        }
        return Arrays.copyOf(macs, distinct);
    }

    private static int addWritten(Interface iface, long[] macs, int count) {
        if (iface.getMac() == null) {
            return count;
        }
        macs[count] = iface.getMac().bits();
        return count + 1;
    }

    /** The ports without a written MAC, in written order: each port's key read once, model order breaking ties. */
    private static List<Interface> inWrittenOrder(List<Interface> ports, WrittenOrder order) {
        List<Interface> unsorted = new ArrayList<>();
        for (Interface port : ports) {
            if (port.getMac() == null) {
                unsorted.add(port);
            }
        }
        long[] keys = order.keysOf(unsorted);
        List<Keyed> keyed = new ArrayList<>(unsorted.size());
        for (int i = 0; i < keys.length; i++) {
            keyed.add(new Keyed(keys[i], unsorted.get(i)));
        }
        keyed.sort(Comparator.comparingLong(Keyed::key)); // stable
        List<Interface> dynamic = new ArrayList<>(keyed.size());
        keyed.forEach(port -> dynamic.add(port.port()));
        return dynamic;
    }

    /** A port with its written-order key. */
    private record Keyed(long key, Interface port) {
    }

    /** The MAC of a simulated interface: written, or assigned from its host's pool; null when it has neither. */
    public MacAddress macOf(Interface iface) {
        return iface.getMac() != null ? iface.getMac() : assigned.get(iface);
    }

    /** True when the interface's MAC comes from its host's pool (it has none written). */
    public boolean isDynamic(Interface iface) {
        return assigned.containsKey(iface);
    }

    /** The pool of a simulated Hyper-V host, or null for a host of the hosted products. */
    public MacPool poolOf(Host host) {
        return pools.get(host);
    }

    /** How many host vNICs and VM NICs of a host have no written MAC and want one from the pool. */
    public int wanting(Host host) {
        return wanting.getOrDefault(host, 0);
    }

    /** How many addresses of a host's pool no written MAC of the host takes. */
    public long free(Host host) {
        return free.getOrDefault(host, 0L);
    }

    /** The simulated hosts whose pool ran out before every interface had a MAC (V-14), in file order. */
    public List<Host> exhausted() {
        return List.copyOf(exhausted);
    }
}
