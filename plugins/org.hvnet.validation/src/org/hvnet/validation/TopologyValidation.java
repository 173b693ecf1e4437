// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.hvnet.model.Topology;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.validation.checks.DhcpReachability;
import org.hvnet.validation.checks.DhcpScopes;
import org.hvnet.validation.checks.ExternalSwitchBindings;
import org.hvnet.validation.checks.Findings;
import org.hvnet.validation.checks.InstallSettingsLoss;
import org.hvnet.validation.checks.InterfaceNames;
import org.hvnet.validation.checks.InterfaceAddressing;
import org.hvnet.validation.checks.DefaultSwitchAddresses;
import org.hvnet.validation.checks.MacPoolUse;
import org.hvnet.validation.checks.NetNats;
import org.hvnet.validation.checks.PlatformFeatures;
import org.hvnet.validation.checks.SwitchTeams;
import org.hvnet.validation.checks.VlanIds;
import org.hvnet.validation.checks.ModelUnderCheck;
import org.hvnet.validation.checks.NameUniqueness;
import org.hvnet.validation.checks.NatSides;
import org.hvnet.validation.checks.SegmentAddresses;
import org.hvnet.validation.checks.SwitchKinds;
import org.hvnet.validation.checks.TopologyCheck;
import org.hvnet.validation.checks.VmConnections;

/**
 * Validates a whole model (the topologies of every loaded file together, since segments span files) against the
 * {@link Rule} catalogue, in time linear in the model's size.
 */
public final class TopologyValidation {

    /** The checks of the model as written: the rules a change of the text can break while it is typed. */
    static final List<TopologyCheck> WRITTEN_MODEL_CHECKS = List.of(
            new NameUniqueness(),
            new ExternalSwitchBindings(),
            new SwitchKinds(),
            new VmConnections(),
            new InstallSettingsLoss(),
            new InterfaceAddressing(),
            new DhcpScopes(),
            new DhcpReachability(),
            new SegmentAddresses());

    /**
     * The checks that read the simulated model (planned installs applied, implied host vNICs added: a copy of the
     * whole model): the NAT sides of rule V-10 and the interface names of {@code rras} and {@code expect}.
     */
    static final List<TopologyCheck> SIMULATED_MODEL_CHECKS = List.of(
            new NatSides(),
            new PlatformFeatures(),
            new NetNats(),
            new SwitchTeams(),
            new MacPoolUse(),
            new VlanIds(),
            new DefaultSwitchAddresses(),
            new InterfaceNames());

    private TopologyValidation() {
    }

    /** Every finding in {@code topologies}, check by check, each in model order. */
    public static List<RuleDiagnostic> validate(Collection<Topology> topologies) {
        return validate(topologies, null);
    }

    /**
     * Every finding in {@code topologies}, reusing their simulated model ({@link SimulatedModel#of} of the same
     * topologies) when the caller needs it anyway; null to have it made here.
     */
    public static List<RuleDiagnostic> validate(Collection<Topology> topologies, SimulatedModel simulated) {
        ModelUnderCheck model = new ModelUnderCheck(List.copyOf(topologies), simulated);
        List<RuleDiagnostic> findings = new ArrayList<>(run(WRITTEN_MODEL_CHECKS, model));
        findings.addAll(run(SIMULATED_MODEL_CHECKS, model));
        return findings;
    }

    /** The findings of {@code checks} on {@code model}, check by check. */
    static List<RuleDiagnostic> run(List<TopologyCheck> checks, ModelUnderCheck model) {
        return run(checks, model, () -> false);
    }

    /**
     * The findings of {@code checks} on {@code model}, check by check; before each check, {@code stop} is asked whether
     * the caller still wants them, and a yes ends the run with a {@link CancellationException} (no findings in part).
     */
    static List<RuleDiagnostic> run(List<TopologyCheck> checks, ModelUnderCheck model, BooleanSupplier stop) {
        Findings findings = new Findings();
        for (TopologyCheck check : checks) {
            if (stop.getAsBoolean()) {
                throw new CancellationException("the validation was cancelled");
            }
            check.check(model, findings);
        }
        return findings.diagnostics();
    }

    /** The topologies of every resource in the resource set of {@code resource} (just its own when it has none). */
    public static List<Topology> topologiesBeside(Resource resource) {
        List<Topology> topologies = new ArrayList<>();
        ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
        List<Resource> resources = resourceSet == null ? (resource == null ? List.of() : List.of(resource))
                : List.copyOf(resourceSet.getResources());
        for (Resource each : resources) {
            for (EObject root : each.getContents()) {
                if (root instanceof Topology topology) {
                    topologies.add(topology);
                }
            }
        }
        return topologies;
    }

    /** The findings of a validation of every topology beside {@code topology} that lie in {@code topology}. */
    public static List<RuleDiagnostic> validateWithin(Topology topology) {
        WholeModelFindings findings = WholeModelFindings.beside(topology);
        List<RuleDiagnostic> within = new ArrayList<>(findings.ofWrittenModel(topology));
        within.addAll(findings.ofSimulatedModel(topology));
        return within;
    }
}
