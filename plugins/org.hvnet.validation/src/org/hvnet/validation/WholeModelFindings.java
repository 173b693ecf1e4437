// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.Topology;
import org.hvnet.validation.checks.ModelUnderCheck;
import org.hvnet.validation.checks.TopologyCheck;

/**
 * One validation of a whole model (the topologies of every file together, since segments and names span files),
 * handed out file by file: the checks of the written model and those of the simulated model each run once, when a
 * file first asks for them, and every file then reads its own findings. The simulated model is built at most once.
 * The caller keeps an instance only while the model does not change.
 */
public final class WholeModelFindings {

    private final List<Topology> topologies;
    private final ModelUnderCheck model;
    private Map<Topology, List<RuleDiagnostic>> writtenModel;
    private Map<Topology, List<RuleDiagnostic>> simulatedModel;

    /** The validation of the model made of {@code topologies}, in file order; nothing runs yet. */
    public WholeModelFindings(List<Topology> topologies) {
        this.topologies = List.copyOf(topologies);
        this.model = new ModelUnderCheck(this.topologies);
    }

    /** The validation of every topology beside {@code topology} in its resource set, {@code topology} included. */
    public static WholeModelFindings beside(Topology topology) {
        List<Topology> all = TopologyValidation.topologiesBeside(topology.eResource());
        if (!all.contains(topology)) {
            all.add(topology);
        }
        return new WholeModelFindings(all);
    }

    /** The topologies validated, in file order. */
    public List<Topology> topologies() {
        return topologies;
    }

    /** The findings of the rules on the written model that lie in {@code topology}, in check and model order. */
    public List<RuleDiagnostic> ofWrittenModel(Topology topology) {
        return ofWrittenModel(topology, () -> false);
    }

    /**
     * The findings of the rules on the written model that lie in {@code topology}; when they are not known yet,
     * {@code stop} is asked before each rule whether they are still wanted, and a yes throws a
     * {@link java.util.concurrent.CancellationException} and keeps nothing (the next call runs them all).
     */
    public synchronized List<RuleDiagnostic> ofWrittenModel(Topology topology, BooleanSupplier stop) {
        if (writtenModel == null) {
            writtenModel = byTopology(TopologyValidation.WRITTEN_MODEL_CHECKS, stop);
        }
        return writtenModel.getOrDefault(topology, List.of());
    }

    /** The findings of the rules on the simulated model that lie in {@code topology}, in check and model order. */
    public List<RuleDiagnostic> ofSimulatedModel(Topology topology) {
        return ofSimulatedModel(topology, () -> false);
    }

    /** The findings of the rules on the simulated model that lie in {@code topology}; {@code stop} as for the written model's. */
    public synchronized List<RuleDiagnostic> ofSimulatedModel(Topology topology, BooleanSupplier stop) {
        if (simulatedModel == null) {
            simulatedModel = byTopology(TopologyValidation.SIMULATED_MODEL_CHECKS, stop);
        }
        return simulatedModel.getOrDefault(topology, List.of());
    }

    private Map<Topology, List<RuleDiagnostic>> byTopology(List<TopologyCheck> checks, BooleanSupplier stop) {
        Map<Topology, List<RuleDiagnostic>> byTopology = new IdentityHashMap<>();
        for (RuleDiagnostic finding : TopologyValidation.run(checks, model, stop)) {
            if (rootOf(finding.element()) instanceof Topology topology) {
                byTopology.computeIfAbsent(topology, t -> new ArrayList<>()).add(finding);
            }
        }
        return byTopology;
    }

    private static EObject rootOf(EObject element) {
        EObject root = element;
        while (root != null && root.eContainer() != null) {
            root = root.eContainer();
        }
        return root;
    }
}
