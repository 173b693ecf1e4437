// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.hvnet.dsl.validation.HvnetValidator;
import org.hvnet.dsl.validation.ResourceSetFindings;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.model.Topology;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.validation.WholeModelFindings;
import org.junit.jupiter.api.Test;

/**
 * The language's validation of a folder of files, file by file as Xtext validates (the language server, the diagram,
 * the workbench): the rules run once over all files for a state of the resource set, each file reports its own
 * findings, exactly those the command line reports for it; any change of any file makes a new run.
 */
class WholeModelValidationTest {

    /** Three files whose findings span files: an address used twice (V-6), a VM name used twice (V-9). */
    private static Map<String, String> estate() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("networks.hvnet", """
                topology Networks
                network Office { subnet 192.168.1.0/24 router 192.168.1.1 }
                host HV01 platform hyperv-2012 {
                    nic eth0 cable Office { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 }
                    vm Web01 { }
                }
                """);
        files.put("second.hvnet", """
                topology Second
                host HV02 platform hyperv-2012 {
                    nic eth0 cable Office { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 }
                    vm Web01 { }
                }
                """);
        files.put("third.hvnet", """
                topology Third
                host HV03 platform hyperv-2012 {
                    nic eth0 cable Office { ipv4 static 192.168.1.30/24 gateway 192.168.1.1 }
                    vm Db01 { }
                }
                """);
        return files;
    }

    private final ResourceSetFindings runs = HvnetTestFiles.injector().getInstance(ResourceSetFindings.class);

    private static List<Issue> validate(Resource resource, CheckMode mode) {
        return ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource, mode,
                CancelIndicator.NullImpl);
    }

    private static List<String> described(List<Issue> issues) {
        return issues.stream().map(i -> i.getCode() + "@" + i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage()).sorted().toList();
    }

    @Test
    void eachFileReportsWhatTheCommandLineReportsForIt() {
        LoadedModel model = HvnetTestFiles.load(estate());
        List<SourceProblem> expected = ModelValidation.validate(model);
        assertTrue(expected.stream().anyMatch(p -> p.rule().equals("V-6")) && expected.stream().anyMatch(p -> p.rule().equals("V-9")),
                expected::toString);
        for (Topology topology : model.topologies()) {
            String file = model.displayNames().of(topology.eResource().getURI());
            List<String> cli = expected.stream().filter(p -> p.file().equals(file))
                    .map(p -> p.rule() + "@" + p.line() + ":" + p.column() + " " + p.message()).sorted().toList();
            assertEquals(cli, described(validate(topology.eResource(), CheckMode.ALL)), file);
        }
    }

    @Test
    void theRulesRunOnceForAllFilesUntilAFileChanges() {
        LoadedModel model = HvnetTestFiles.load(estate());
        List<Topology> files = model.topologies();
        WholeModelFindings first = runs.of(files.get(0));
        for (Topology topology : files) {
            validate(topology.eResource(), CheckMode.ALL);
            assertSame(first, runs.of(topology), "one run for every file of the set");
        }

        files.get(2).getHosts().get(0).getVms().get(0).setName("Web01");
        WholeModelFindings afterChange = runs.of(files.get(0));
        assertNotSame(first, afterChange, "a change of the third file makes a new run");
        assertTrue(described(validate(files.get(2).eResource(), CheckMode.ALL)).stream().anyMatch(d -> d.startsWith("V-9@4:")),
                "the renamed VM is now a second Web01");
        assertSame(afterChange, runs.of(files.get(1)));

        Resource removed = files.get(1).eResource();
        model.resourceSet().getResources().remove(removed);
        assertNotSame(afterChange, runs.of(files.get(0)), "a file taken out of the set makes a new run");
        assertEquals(List.of(files.get(0), files.get(2)), runs.of(files.get(0)).topologies());
    }

    @Test
    void theRulesAreNormalChecksOnTheTopologyAndTheFastValidationLeavesThemOut() {
        LoadedModel model = HvnetTestFiles.load("""
                topology Broken
                host HV01 platform hyperv-2008 {
                    switch Lab internal { host-vnic Mgmt { ipv4 static 10.0.0.1/24 } }
                    switch Isolated private { host-vnic Spy }
                    rras nat public Nowhere private Mgmt
                }
                """);
        Resource resource = model.topologies().get(0).eResource();
        assertEquals(List.of(), codes(validate(resource, CheckMode.FAST_ONLY)));
        assertEquals(List.of("V-2@4", "link@5"), codes(validate(resource, CheckMode.NORMAL_ONLY)));
        assertEquals(List.of("V-2@4", "link@5"), codes(validate(resource, CheckMode.NORMAL_AND_FAST)));
        assertEquals(List.of("V-2@4", "link@5"), codes(validate(resource, CheckMode.ALL)));
        assertEquals(List.of(), codes(validate(resource, CheckMode.EXPENSIVE_ONLY)));
    }

    /**
     * The language's diagnostician validates a file's topology only (TopologyOnlyDiagnostician): right only while every
     * check of the language is one on the topology.
     */
    @Test
    void everyCheckIsOnTheTopology() {
        List<String> checks = new ArrayList<>();
        for (Method method : HvnetValidator.class.getMethods()) {
            Check check = method.getAnnotation(Check.class);
            if (check != null) {
                assertEquals(Topology.class, method.getParameterTypes()[0], method + " is a check on an element under the topology");
                checks.add(method.getName() + " " + check.value());
            }
        }
        checks.sort(null);
        assertEquals(List.of("checkSimulatedModel NORMAL", "checkWrittenModel NORMAL"), checks);
    }

    /**
     * The rules of a validation that an edit cancelled stop between two rules (the language server's next edit then
     * waits for one rule, not for all): they ask the validation's cancel indicator before each rule.
     */
    @Test
    void aCancelledValidationStopsBetweenTwoRules() {
        LoadedModel model = HvnetTestFiles.load(estate());
        Resource resource = model.topologies().get(0).eResource();
        AtomicInteger asked = new AtomicInteger();
        List<Issue> all = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource,
                CheckMode.NORMAL_ONLY, () -> asked.incrementAndGet() < 0);
        int questions = asked.get();
        assertTrue(questions > 10, "the validation asked whether it was cancelled " + questions + " times");
        LoadedModel again = HvnetTestFiles.load(estate());
        Resource fresh = again.topologies().get(0).eResource();
        AtomicInteger count = new AtomicInteger();
        int stopAt = questions - 3;
        assertThrows(OperationCanceledError.class, () -> ((XtextResource) fresh).getResourceServiceProvider().getResourceValidator()
                .validate(fresh, CheckMode.NORMAL_ONLY, () -> count.incrementAndGet() > stopAt));
        assertEquals(stopAt + 1, count.get(), "nothing ran after the cancellation was seen");
        assertEquals(codes(all), codes(validate(fresh, CheckMode.NORMAL_ONLY)), "the next validation runs every rule");
    }

    /** A file with a syntax error and a link error: both are FAST, and the NORMAL validation does not repeat them. */
    @Test
    void syntaxAndLinkErrorsAreFast() {
        LoadedModel model = HvnetTestFiles.load("""
                topology Broken
                host HV01 platform hyperv-2008 {
                    switch Lab internal
                    vm Web { nic eth0 on Nowhere }
                    vm
                }
                """);
        Resource resource = model.topologies().get(0).eResource();
        List<String> fast = codes(validate(resource, CheckMode.FAST_ONLY));
        String syntax = org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC;
        assertEquals(List.of("link@4", syntax + "@6", syntax + "@6"), fast);
        List<String> normal = codes(validate(resource, CheckMode.NORMAL_ONLY));
        assertTrue(normal.stream().noneMatch(fast::contains), normal + " repeats " + fast);
    }

    private static List<String> codes(List<Issue> issues) {
        List<String> codes = new ArrayList<>();
        issues.forEach(issue -> codes.add(issue.getCode() + "@" + issue.getLineNumber()));
        codes.sort(null);
        return codes;
    }
}
