// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * A resource whose lazy references were all resolved since it was last linked does not resolve them again (the
 * builder, the validator and the resource descriptions each ask at every edit; issue 12, item 3), and a reference that
 * stays unresolved still gives its diagnostic at every validation; a resolution cancelled half-way does not count.
 */
class ResolveOnceTest {

    private static final String LAB = """
            topology T
            network Office { }
            host HV01 platform hyperv-2016 {
                nic LAN cable Office
                switch Lab internal
                vm DC01 { nic eth0 on Lab }
                vm DC02 { nic eth0 on Lba }
            }
            """;

    @Test
    void aSecondResolutionResolvesNothingAndTheUnresolvedNameIsReportedAtEveryValidation() {
        XtextResource resource = LinkedFiles.load(LinkedFiles.resourceSet(), "lab.hvnet", LAB);
        LinkedFiles.resolutions();
        List<String> first = messages(validate(resource));
        assertEquals(3, LinkedFiles.resolutions(), "the validation resolved the three references");
        assertEquals(1, first.size(), first::toString);
        assertTrue(first.get(0).contains("Lba"), first::toString);
        assertEquals(0, LinkedFiles.walked(resource), "a second resolution walks nothing");
        assertEquals(first, messages(validate(resource)), "the unresolved name at the second validation");
        assertEquals(0, LinkedFiles.resolutions(), "nothing resolved again");

        // an edit elsewhere: the unresolved reference is linked again and reported again
        String text = resource.getParseResult().getRootNode().getText();
        resource.update(text.indexOf("DC01"), 4, "DC03");
        assertEquals(first, messages(validate(resource)));
        assertTrue(LinkedFiles.resolutions() > 0, "the edit's references resolved");
        assertEquals(0, LinkedFiles.walked(resource));
        assertEquals(first, messages(validate(resource)));
    }

    @Test
    void aCancelledResolutionIsDoneAgain() {
        XtextResource resource = LinkedFiles.load(LinkedFiles.resourceSet(), "lab.hvnet", LAB);
        LinkedFiles.resolutions();
        AtomicInteger checks = new AtomicInteger();
        CancelIndicator halfWay = () -> checks.incrementAndGet() > 12;
        Throwable cancelled = assertThrows(Throwable.class, () -> EcoreUtil2.resolveLazyCrossReferences(resource, halfWay));
        assertTrue(new OperationCanceledManager().isOperationCanceledException(cancelled), cancelled::toString);
        int before = LinkedFiles.resolutions();
        assertTrue(before < 3, "cancelled before the last reference: " + before);
        List<String> messages = messages(validate(resource));
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(LinkedFiles.resolutions() > 0, "the references left were resolved after the cancelled resolution");
        assertEquals(0, LinkedFiles.walked(resource));
        assertEquals(messages, messages(validate(resource)));
    }

    @Test
    void aChangeOfTheModelResolvesAgain() {
        XtextResource resource = LinkedFiles.load(LinkedFiles.resourceSet(), "lab.hvnet", LAB);
        List<String> first = messages(validate(resource));
        LinkedFiles.resolutions();
        assertEquals(0, LinkedFiles.walked(resource));
        resource.relink();
        assertEquals(first, messages(validate(resource)), "relinked: the unresolved name is reported again");
        assertEquals(3, LinkedFiles.resolutions());
    }

    private static List<Issue> validate(XtextResource resource) {
        return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    private static List<String> messages(List<Issue> issues) {
        return issues.stream().filter(i -> i.getMessage().contains("Lba"))
                .map(i -> i.getLineNumber() + ": " + i.getMessage()).toList();
    }
}
