package org.hvnet.validation.checks;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.Host;
import org.hvnet.model.Interface;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;

/** The topologies of one validation run, with what several checks read: every host and interface in file order. */
public final class ModelUnderCheck {

    private final List<Topology> topologies;
    private List<Interface> interfaces;

    /** The model made of {@code topologies}, in file order. */
    public ModelUnderCheck(List<Topology> topologies) {
        this.topologies = List.copyOf(topologies);
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

    /** Every written interface: per host its physical NICs, its switches' host vNICs, then its VMs' NICs. */
    public synchronized List<Interface> interfaces() {
        if (interfaces == null) {
            List<Interface> all = new ArrayList<>();
            for (Host host : hosts()) {
                all.addAll(host.getNics());
                for (VirtualSwitch vswitch : host.getSwitches()) {
                    all.addAll(vswitch.getHostVnics());
                }
                for (VirtualMachine vm : host.getVms()) {
                    all.addAll(vm.getNics());
                }
            }
            interfaces = List.copyOf(all);
        }
        return interfaces;
    }
}
