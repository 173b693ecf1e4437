// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.model.Host;
import org.hvnet.model.InstallProduct;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Platform;
import org.hvnet.model.PlannedInstall;
import org.hvnet.model.Topology;

/**
 * Installing the virtualization layer as a model-to-model transformation (rules I-1 to I-5): the input
 * topologies are copied, each install is applied to the copy, its {@code install} clause is removed, and a
 * change report says what happened. Deterministic and idempotent: on a host that is already installed a
 * second run reports {@code changed = false}.
 */
public final class InstallTransformation {

    private InstallTransformation() {
    }

    /** Applies every planned {@code install} clause of the topologies, host by host in file order. */
    public static InstallResult applyPlanned(Collection<Topology> topologies) {
        EcoreUtil.Copier copier = copy(topologies);
        List<InstallReport> reports = new ArrayList<>();
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                if (host.getInstall() != null) {
                    Host copy = (Host) copier.get(host);
                    reports.add(install(copy, copy.getInstall().getNics()));
                }
            }
        }
        return result(topologies, copier, reports);
    }

    /**
     * Applies the install of one host: its planned clause, or (without a clause) an install on an already
     * installed host, which only acts on NICs named in {@code nicNames} that no switch uses yet.
     *
     * @param nicNames NICs to use instead of the clause's {@code using} list; empty keeps the clause's list
     * @throws IllegalArgumentException when the host or a NIC does not exist
     */
    public static InstallResult applyTo(Collection<Topology> topologies, String hostName, List<String> nicNames) {
        EcoreUtil.Copier copier = copy(topologies);
        Host copy = null;
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                if (hostName.equals(host.getName()) && copy == null) {
                    copy = (Host) copier.get(host);
                }
            }
        }
        if (copy == null) {
            throw new IllegalArgumentException("no host named '" + hostName + "'");
        }
        List<PhysicalNic> nics = new ArrayList<>();
        for (String nicName : nicNames) {
            nics.add(copy.getNics().stream().filter(n -> nicName.equals(n.getName())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("host '" + hostName + "' has no NIC named '" + nicName + "'")));
        }
        if (nics.isEmpty() && copy.getInstall() != null) {
            nics.addAll(copy.getInstall().getNics());
        }
        return result(topologies, copier, List.of(install(copy, nics)));
    }

    /**
     * The names of the host vNICs that the host's planned install would create (rule I-2), in order; empty
     * when nothing is planned. The host is not changed.
     */
    public static List<String> plannedInterfaceNames(Host host) {
        if (host.getInstall() == null || EcoreUtil.getRootContainer(host) == null) {
            return List.of();
        }
        Host copy = EcoreUtil.copy(host);
        InstallReport report = install(copy, new ArrayList<>(resolveIn(copy, host.getInstall().getNics(), host)));
        return report.created().stream().filter(c -> c instanceof CreatedElement.HostVnic).map(CreatedElement::name).toList();
    }

    private static List<PhysicalNic> resolveIn(Host copy, List<PhysicalNic> originals, Host original) {
        List<PhysicalNic> nics = new ArrayList<>();
        for (PhysicalNic nic : originals) {
            int index = original.getNics().indexOf(nic);
            if (index >= 0) {
                nics.add(copy.getNics().get(index));
            }
        }
        return nics;
    }

    private static InstallReport install(Host host, List<PhysicalNic> requested) {
        PlannedInstall clause = host.getInstall();
        InstallProduct product = clause != null && clause.isSetProduct() ? clause.getProduct() : productOf(host.getPlatform());
        List<PhysicalNic> nics = new ArrayList<>();
        for (PhysicalNic nic : requested) {
            if (nic != null && nic.eContainer() == host && !nics.contains(nic)) {
                nics.add(nic);
            }
        }
        InstallLog log = new InstallLog();
        if (clause != null) {
            host.setInstall(null); // the planned install is applied: the clause is gone from the output
            log.changed = true;
        }
        if (product == InstallProduct.HYPERV) {
            if (nics.isEmpty() && clause != null) {
                log.notes.add("no NIC selected: no NIC changes and no switch is created (rule I-3)");
            }
            new HyperVInstall(host, new ConnectionNames(host), log).apply(nics);
        } else {
            // rule I-1: the hosted products bind vmns to the selected NICs, or to every NIC when none is selected
            HostedProductInstall.apply(nics.isEmpty() ? host.getNics() : nics, log);
        }
        if (!log.changed) {
            log.notes.add("already installed: nothing changes (rule I-5)");
        }
        return log.report(host.getName(), product.getLiteral());
    }

    private static InstallProduct productOf(Platform platform) {
        if (platform == Platform.VIRTUAL_PC) {
            return InstallProduct.VIRTUAL_PC;
        }
        return platform == Platform.VIRTUAL_SERVER ? InstallProduct.VIRTUAL_SERVER : InstallProduct.HYPERV;
    }

    private static EcoreUtil.Copier copy(Collection<Topology> topologies) {
        EcoreUtil.Copier copier = new IdentityCopier(IdentityCopier.countContents(topologies));
        copier.copyAll(topologies);
        copier.copyReferences();
        return copier;
    }

    private static InstallResult result(Collection<Topology> topologies, EcoreUtil.Copier copier, List<InstallReport> reports) {
        List<Topology> copies = new ArrayList<>();
        for (Topology topology : topologies) {
            copies.add((Topology) copier.get(topology));
        }
        Map<EObject, EObject> map = Collections.unmodifiableMap(copier);
        return new InstallResult(List.copyOf(copies), List.copyOf(reports), map);
    }
}
