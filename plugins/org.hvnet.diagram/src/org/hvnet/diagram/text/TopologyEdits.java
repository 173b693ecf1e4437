// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.text;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Platform;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

/** The model changes the diagram offers, on EMF objects; each names new elements with the next free name. */
public final class TopologyEdits {

    private static final HvnetFactory FACTORY = HvnetFactory.eINSTANCE;

    private TopologyEdits() {
    }

    /** Adds a Hyper-V 2012+ host to {@code topology}, named apart from every host of {@code model} (all its files). */
    public static Host addHost(Topology topology, List<Topology> model) {
        Host host = FACTORY.createHost();
        host.setName(freeName("HV", model.stream().flatMap(t -> t.getHosts().stream()).toList()));
        host.setPlatform(Platform.HYPERV_2012_PLUS);
        topology.getHosts().add(host);
        return host;
    }

    /** Adds a physical network to {@code topology}, named apart from every network of {@code model} (all its files). */
    public static Network addNetwork(Topology topology, List<Topology> model) {
        Network network = FACTORY.createNetwork();
        network.setName(freeName("Network", model.stream().flatMap(t -> t.getNetworks().stream()).toList()));
        topology.getNetworks().add(network);
        return network;
    }

    /**
     * Adds a switch of {@code kind}; an external switch is bound to the first physical NIC that backs none yet.
     *
     * @throws IllegalArgumentException for an external switch on a host with no free physical NIC (rule S-1)
     */
    public static VirtualSwitch addSwitch(Host host, SwitchKind kind) {
        VirtualSwitch virtualSwitch = FACTORY.createVirtualSwitch();
        // Windows names its Default Switch so (rule X-2)
        boolean defaultName = kind == SwitchKind.DEFAULT && !taken("Default Switch", host.getSwitches());
        virtualSwitch.setName(defaultName ? "Default Switch" : freeName("Switch", host.getSwitches()));
        virtualSwitch.setKind(kind);
        if (kind == SwitchKind.EXTERNAL) {
            Set<PhysicalNic> used = host.getSwitches().stream().flatMap(s -> s.getExternalNics().stream()).collect(Collectors.toSet());
            PhysicalNic free = host.getNics().stream().filter(n -> !used.contains(n)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("host " + host.getName()
                            + " has no physical NIC left for an external switch (rule S-1): add a NIC first"));
            virtualSwitch.getExternalNics().add(free);
        }
        host.getSwitches().add(virtualSwitch);
        return virtualSwitch;
    }

    /** Adds a VM with one NIC, {@code eth0}, not connected. */
    public static VirtualMachine addVm(Host host) {
        VirtualMachine vm = FACTORY.createVirtualMachine();
        vm.setName(freeName("VM", host.getVms()));
        host.getVms().add(vm);
        addVmNic(vm);
        return vm;
    }

    /** Adds a NIC {@code ethN} to a VM, not connected. */
    public static VmNic addVmNic(VirtualMachine vm) {
        VmNic nic = FACTORY.createVmNic();
        int n = 0;
        while (taken("eth" + n, vm.getNics())) {
            n++;
        }
        nic.setName("eth" + n);
        vm.getNics().add(nic);
        return nic;
    }

    /** Adds a physical NIC to a host, with the default bindings. */
    public static PhysicalNic addPhysicalNic(Host host) {
        PhysicalNic nic = FACTORY.createPhysicalNic();
        nic.setName(freeName("nic", host.getNics()));
        host.getNics().add(nic);
        return nic;
    }

    /** Connects a VM NIC to a switch (rule S-7 is checked by validation, not refused here). */
    public static void connect(VmNic nic, VirtualSwitch virtualSwitch) {
        nic.setSwitch(virtualSwitch);
    }

    /**
     * Cables a physical NIC to a network, in place of the one network it was cabled to; a cable that carries several
     * networks already (a trunk, rule X-3) carries this one too.
     */
    public static void cable(PhysicalNic nic, Network network) {
        if (nic.getCables().size() == 1) {
            nic.getCables().set(0, network);
        } else if (!nic.getCables().contains(network)) {
            nic.getCables().add(network);
        }
    }

    /** Renames an element (references to it follow, through the serializer). */
    public static void rename(NamedElement element, String name) {
        element.setName(name);
    }

    /**
     * Deletes an element with what cannot stay without it: switches bound to a deleted physical NIC, DHCP servers
     * on a deleted VM NIC, expectations that name it. References from elements that stay (a VM NIC on a deleted
     * switch, a NIC cabled to a deleted network) must have been cut out of the text before (the serializer cannot
     * unset them).
     *
     * @throws IllegalArgumentException for a physical NIC that a planned install uses
     */
    public static void delete(EObject element) {
        if (element instanceof PhysicalNic nic && nic.eContainer() instanceof Host host) {
            if (host.getInstall() != null && host.getInstall().getNics().contains(nic)) {
                throw new IllegalArgumentException("NIC " + nic.getName() + " is used by 'install ... using': take it out of that line first");
            }
            // a switch goes with its NIC (a team of several, rule X-6, loses the member in the text first: referencesTo)
            host.getSwitches().stream().filter(s -> s.getExternalNics().contains(nic)).toList().forEach(EcoreUtil::remove);
        }
        if (element instanceof VmNic nic && nic.eContainer() instanceof VirtualMachine vm) {
            vm.getDhcpServers().removeIf(server -> server.getNic() == nic);
        }
        removeExpectationsOn(element);
        EcoreUtil.remove(element);
    }

    /**
     * The written references to {@code element} from elements that stay when it is deleted: the cables naming a network,
     * the connections to a switch, a team's (rule X-6) entry naming one of its NICs.
     */
    public static java.util.List<ReferenceSite> referencesTo(EObject element) {
        java.util.List<ReferenceSite> sites = new java.util.ArrayList<>();
        for (Host host : modelOf(element).stream().flatMap(t -> t.getHosts().stream()).toList()) {
            for (PhysicalNic nic : host.getNics()) {
                int cable = nic.getCables().indexOf(element);
                if (cable >= 0) {
                    sites.add(new ReferenceSite(nic, org.hvnet.model.HvnetPackage.Literals.PHYSICAL_NIC__CABLES, "cable", cable));
                }
            }
            for (VirtualSwitch team : host.getSwitches()) {
                int member = team.getExternalNics().indexOf(element);
                if (member >= 0 && team.getExternalNics().size() > 1) {
                    sites.add(new ReferenceSite(team, org.hvnet.model.HvnetPackage.Literals.VIRTUAL_SWITCH__EXTERNAL_NICS, "on", member));
                }
            }
            for (VirtualMachine vm : host.getVms()) {
                for (VmNic nic : vm.getNics()) {
                    if (nic.getSwitch() == element && !EcoreUtil.isAncestor(element, nic)) {
                        sites.add(new ReferenceSite(nic, org.hvnet.model.HvnetPackage.Literals.VM_NIC__SWITCH, "on"));
                    }
                }
            }
        }
        return sites;
    }

    /**
     * The written connection of a VM NIC (to its switch) or cable of a physical NIC (to its one network); none for a
     * cable that carries several networks (a trunk, rule X-3), which is edited in the text.
     */
    public static java.util.Optional<ReferenceSite> connectionOf(EObject nic) {
        if (nic instanceof VmNic vmNic && vmNic.getSwitch() != null) {
            return java.util.Optional.of(new ReferenceSite(vmNic, org.hvnet.model.HvnetPackage.Literals.VM_NIC__SWITCH, "on"));
        }
        if (nic instanceof PhysicalNic physical && physical.getCables().size() == 1) {
            return java.util.Optional.of(new ReferenceSite(physical, org.hvnet.model.HvnetPackage.Literals.PHYSICAL_NIC__CABLES, "cable"));
        }
        return java.util.Optional.empty();
    }

    /** Expectations that name a deleted element (or something inside it) go with it: they could not be written. */
    private static void removeExpectationsOn(EObject element) {
        for (org.hvnet.model.Expectation stale : expectationsNaming(element)) {
            EcoreUtil.remove(stale);
        }
    }

    /** The expectations of {@code element}'s model (every file) that name it or something inside it. */
    public static java.util.List<org.hvnet.model.Expectation> expectationsNaming(EObject element) {
        java.util.Set<org.hvnet.model.Expectation> naming = new java.util.LinkedHashSet<>();
        for (Topology topology : modelOf(element)) {
            for (org.hvnet.model.Expectation expectation : topology.getExpectations()) {
                expectation.eAllContents().forEachRemaining(o -> {
                    if (o instanceof org.hvnet.model.Endpoint endpoint && endpoint.getOwner() != null
                            && EcoreUtil.isAncestor(element, endpoint.getOwner())) {
                        naming.add(expectation);
                    }
                });
                if (expectation instanceof org.hvnet.model.AddressExpectation address && address.getServer() != null
                        && EcoreUtil.isAncestor(element, address.getServer())) {
                    naming.add(expectation);
                }
            }
        }
        return java.util.List.copyOf(naming);
    }

    /** The topologies of the model {@code element} belongs to: every file read with its own. */
    private static java.util.List<Topology> modelOf(EObject element) {
        java.util.List<Topology> model = new java.util.ArrayList<>();
        org.eclipse.emf.ecore.resource.Resource resource = element.eResource();
        if (resource != null && resource.getResourceSet() != null) {
            for (org.eclipse.emf.ecore.resource.Resource file : resource.getResourceSet().getResources()) {
                if (!file.getContents().isEmpty() && file.getContents().get(0) instanceof Topology topology) {
                    model.add(topology);
                }
            }
        } else if (EcoreUtil.getRootContainer(element) instanceof Topology topology) {
            model.add(topology);
        }
        return model;
    }

    static String freeName(String prefix, Collection<? extends NamedElement> siblings) {
        int n = 1;
        while (taken(prefix + n, siblings)) {
            n++;
        }
        return prefix + n;
    }

    private static boolean taken(String name, Collection<? extends NamedElement> siblings) {
        return siblings.stream().anyMatch(s -> name.equals(s.getName()));
    }
}
