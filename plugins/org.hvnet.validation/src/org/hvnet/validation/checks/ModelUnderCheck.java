// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Interface;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.segments.SegmentIndex;

/**
 * The topologies of one validation run, with what several checks read, each computed once: every host and
 * interface in file order, the segments of the written model (rule T-1, by the simulation's {@link SegmentIndex}),
 * and the simulated model (planned installs applied, implied host vNICs added) with its segments.
 */
public final class ModelUnderCheck {

    private final List<Topology> topologies;
    private List<Interface> interfaces;
    private List<HostVmNics> vmNics;
    private List<HostVmNics> vmNicsWithPortSettings;
    private SegmentIndex segments;
    private SimulatedModel simulated;

    /** The model made of {@code topologies}, in file order. */
    public ModelUnderCheck(List<Topology> topologies) {
        this(topologies, null);
    }

    /** The model made of {@code topologies} and their simulated model when the caller has it already (or null). */
    public ModelUnderCheck(List<Topology> topologies, SimulatedModel simulated) {
        this.topologies = List.copyOf(topologies);
        this.simulated = simulated;
    }

    /** The topologies, in file order. */
    public List<Topology> topologies() {
        return topologies;
    }

    /** Every host, in file order. */
    public List<Host> hosts() {
        List<Host> hosts = new ArrayList<>();
        topologies.forEach(t -> hosts.addAll(t.getHosts()));
        return hosts;
    }

    /** A host and the NICs of its VMs, VM by VM in file order. */
    public record HostVmNics(Host host, List<VmNic> nics) {
    }

    /** Every written interface: per host its physical NICs, its switches' host vNICs, then its VMs' NICs. */
    public synchronized List<Interface> interfaces() {
        if (interfaces == null) {
            collectInterfaces();
        }
        return interfaces;
    }

    /**
     * Every host in file order with the NICs of its VMs: what the checks of VM NICs walk instead of host, VM and NIC
     * lists, one flat list read in order rather than a list per VM.
     */
    public synchronized List<HostVmNics> vmNicsByHost() {
        if (vmNics == null) {
            collectInterfaces();
        }
        return vmNics;
    }

    /**
     * As {@link #vmNicsByHost()}, each host with only those of its VM NICs that have a setting one of rules V-11, V-15
     * and V-16 reads: a VLAN or trunk (V-15), a port guard or port ACL (V-11), a connection to the Default Switch
     * (V-16). One walk of every VM NIC serves the three rules, which then read a few NICs (usually none) instead of all.
     */
    public synchronized List<HostVmNics> vmNicsWithPortSettings() {
        if (vmNicsWithPortSettings == null) {
            List<HostVmNics> byHost = new ArrayList<>();
            for (HostVmNics ports : vmNicsByHost()) {
                List<VmNic> kept = new ArrayList<>(0);
                for (VmNic nic : ports.nics()) {
                    if (hasPortSettings(nic)) {
                        kept.add(nic);
                    }
                }
                byHost.add(new HostVmNics(ports.host(), kept.isEmpty() ? List.of() : List.copyOf(kept)));
            }
            vmNicsWithPortSettings = List.copyOf(byHost);
        }
        return vmNicsWithPortSettings;
    }

    /** True when a VM NIC has a setting that rule V-11, V-15 or V-16 may report (each check then decides). */
    private static boolean hasPortSettings(VmNic nic) {
        if (nic.getVlan() != null || nic.getTrunk() != null) {
            return true; // rule V-15: VLAN ids and trunks
        }
        if (nic.isDhcpGuard() || nic.isRouterGuard() || nic.isMacAddressSpoofing()
                || nic.eIsSet(HvnetPackage.Literals.VIRTUAL_PORT__ACLS)) {
            return true; // rule V-11: port guards and port ACLs (not getAcls(), which makes an empty list)
        }
        VirtualSwitch vswitch = nic.getSwitch();
        return vswitch != null && !vswitch.eIsProxy() && vswitch.getKind() == SwitchKind.DEFAULT; // rule V-16
    }

    /** One walk over the model for {@link #interfaces()} and {@link #vmNicsByHost()}. */
    private void collectInterfaces() {
        List<Interface> all = new ArrayList<>();
        List<VmNic> flat = new ArrayList<>();
        List<Host> hosts = hosts();
        int[] ends = new int[hosts.size()];
        for (int i = 0; i < hosts.size(); i++) {
            Host host = hosts.get(i);
            all.addAll(host.getNics());
            for (VirtualSwitch vswitch : host.getSwitches()) {
                all.addAll(vswitch.getHostVnics());
            }
            for (VirtualMachine vm : host.getVms()) {
                for (VmNic nic : vm.getNics()) {
                    all.add(nic);
                    flat.add(nic);
                }
            }
            ends[i] = flat.size();
        }
        List<VmNic> nics = List.copyOf(flat);
        List<HostVmNics> byHost = new ArrayList<>(hosts.size());
        for (int i = 0; i < hosts.size(); i++) {
            byHost.add(new HostVmNics(hosts.get(i), nics.subList(i == 0 ? 0 : ends[i - 1], ends[i])));
        }
        interfaces = List.copyOf(all);
        vmNics = List.copyOf(byHost);
    }

    /** The segments of the model as written (rule T-1). */
    public synchronized SegmentIndex segments() {
        if (segments == null) {
            segments = SegmentIndex.of(topologies);
        }
        return segments;
    }

    /** The simulated model: planned installs applied, implied host vNICs added, on copies. */
    public synchronized SimulatedModel simulated() {
        if (simulated == null) {
            simulated = SimulatedModel.of(topologies);
        }
        return simulated;
    }

    /** The segments of the simulated model. */
    public SegmentIndex simulatedSegments() {
        return simulated().segments();
    }
}
