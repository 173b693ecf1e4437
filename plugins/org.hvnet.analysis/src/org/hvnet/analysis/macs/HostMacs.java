// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.macs;

import java.util.Arrays;
import java.util.List;

import org.hvnet.analysis.order.HostInterfaceOrder;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Interface;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

/**
 * Rule X-5 on one Hyper-V host: the MAC of each of its ports (host vNICs switch by switch, then VM NICs VM by VM, in
 * model order) — the written one, else the lowest MAC of the host's pool that no written MAC of the host takes, ports
 * in the order they are written — with how many ports wanted one and how many MACs the pool had free.
 */
record HostMacs(long[] macs, int wanting, long free, boolean exhausted) {

    /** A port without a MAC. */
    static final long NONE = -1;

    /**
     * Gives the host's ports their MACs. The written order is one sort of numbers, each holding a port's rank in the
     * host (the low half of its written-order key: the keys of one host share their high half) above its place in
     * model order, which breaks ties.
     */
    static HostMacs assign(Host host, MacPool pool, HostInterfaceOrder lines) {
        int count = 0;
        for (VirtualSwitch vswitch : host.getSwitches()) {
            count += vswitch.getHostVnics().size();
        }
        for (VirtualMachine vm : host.getVms()) {
            count += vm.getNics().size();
        }
        long[] macs = new long[count];
        long[] unwritten = new long[count];
        int wanting = 0;
        int port = 0;
        List<VirtualSwitch> switches = host.getSwitches();
        for (int s = 0; s < switches.size(); s++) {
            List<HostVirtualNic> vnics = switches.get(s).getHostVnics();
            for (int v = 0; v < vnics.size(); v++, port++) {
                macs[port] = written(vnics.get(v));
                if (macs[port] == NONE) {
                    unwritten[wanting++] = (lines.hostVnic(s, v) << 32) | port;
                }
            }
        }
        List<VirtualMachine> vms = host.getVms();
        for (int m = 0; m < vms.size(); m++) {
            List<VmNic> nics = vms.get(m).getNics();
            for (int n = 0; n < nics.size(); n++, port++) {
                macs[port] = written(nics.get(n));
                if (macs[port] == NONE) {
                    unwritten[wanting++] = (lines.vmNic(m, n) << 32) | port;
                }
            }
        }
        long[] written = writtenMacs(host, macs); // taken first
        long writtenInPool = 0;
        for (long mac : written) {
            writtenInPool += pool.contains(mac) ? 1 : 0;
        }
        Arrays.sort(unwritten, 0, wanting);
        boolean exhausted = false;
        long next = pool.first();
        int skip = 0; // the written MACs below next are behind it: next only grows, so one pass over them skips them all
        for (int i = 0; i < wanting; i++) {
            while (skip < written.length && written[skip] < next) {
                skip++;
            }
            while (next <= pool.last() && skip < written.length && written[skip] == next) {
                next++;
                skip++;
            }
            if (next > pool.last()) {
                exhausted = true;
                break;
            }
            macs[(int) unwritten[i]] = next++;
        }
        return new HostMacs(macs, wanting, pool.size() - writtenInPool, exhausted);
    }

    static long written(Interface port) {
        return port.getMac() == null ? NONE : port.getMac().bits();
    }

    /**
     * The MACs written on the host's physical NICs and on its ports ({@code NONE} where none is written), each once, in
     * ascending order: one array per host, where a set of boxed numbers cost an object per MAC for every NIC of the
     * model.
     */
    private static long[] writtenMacs(Host host, long[] ports) {
        long[] macs = new long[host.getNics().size() + ports.length];
        int count = 0;
        for (PhysicalNic nic : host.getNics()) {
            long mac = written(nic);
            if (mac != NONE) {
                macs[count++] = mac;
            }
        }
        for (long mac : ports) {
            if (mac != NONE) {
                macs[count++] = mac;
            }
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
}
