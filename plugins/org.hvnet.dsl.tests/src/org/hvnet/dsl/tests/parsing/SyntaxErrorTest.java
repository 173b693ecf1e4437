// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/** Each kind of syntax error is one {@code syntax} diagnostic at the 1-based line and column of the offending text. */
class SyntaxErrorTest {

    /** The first problem of the text, which must be a syntax error. */
    private static SourceProblem syntaxError(String text) {
        LoadedModel model = HvnetTestFiles.load(text);
        assertFalse(model.problems().isEmpty(), "no problem reported for:\n" + text);
        SourceProblem problem = model.problems().get(0);
        assertEquals(SourceProblem.SYNTAX, problem.rule(), problem::toString);
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals("test.hvnet", problem.file());
        assertTrue(model.hasErrors());
        return problem;
    }

    private static void assertAt(int line, int column, SourceProblem problem) {
        assertEquals(List.of(line, column), List.of(problem.line(), problem.column()), problem::toString);
    }

    private static void assertMessage(String expected, SourceProblem problem) {
        assertEquals(expected, problem.message(), problem::toString);
    }

    @Test
    void missingClosingBraceIsReportedAtTheNextBlock() {
        SourceProblem problem = syntaxError("""
                topology T
                network Office {
                    subnet 192.168.1.0/24
                host HV01 platform hyperv-2008 { }
                """);
        assertAt(4, 1, problem);
        assertMessage("missing '}' at 'host'", problem);
    }

    @Test
    void missingClosingBraceAtTheEndOfTheFile() {
        SourceProblem problem = syntaxError("""
                topology T
                network Office {
                    subnet 192.168.1.0/24
                """);
        assertAt(3, 26, problem);
        assertMessage("unexpected end of file, expected '}'", problem);
    }

    @Test
    void unknownKeyword() {
        SourceProblem problem = syntaxError("""
                topology T
                host HV01 platform hyperv-2008 {
                    swtich Lab internal
                }
                """);
        assertAt(3, 5, problem);
        assertTrue(problem.message().startsWith("unexpected 'swtich'"), problem::toString);
    }

    @Test
    void unknownPlatform() {
        SourceProblem problem = syntaxError("topology T\nhost HV01 platform hyperv-2030 { }\n");
        assertAt(2, 20, problem);
    }

    @Test
    void octetAbove255GivesTheAddressMessage() {
        SourceProblem problem = syntaxError("""
                topology T
                network Office {
                    router 300.1.1.1 internet
                }
                """);
        assertAt(3, 12, problem);
        assertMessage("'300.1.1.1' is not an IPv4 address: octet 300 is greater than 255", problem);
    }

    @Test
    void addressWithThreeOctets() {
        SourceProblem problem = syntaxError("topology T\nhost H platform hyperv-2012 { nic eth0 { ipv4 static 10.0.0.1/8 gateway 10.0.0 } }\n");
        assertAt(2, 73, problem);
        assertMessage("'10.0.0' is not an IPv4 address: expected four numbers separated by dots", problem);
    }

    @Test
    void prefixAbove32GivesThePrefixMessage() {
        SourceProblem problem = syntaxError("""
                topology T
                network Office {
                    subnet 10.0.0.0/33
                }
                """);
        assertAt(3, 12, problem);
        assertMessage("'10.0.0.0/33' has prefix length 33: an IPv4 prefix is at most 32", problem);
    }

    @Test
    void macWithFiveGroupsGivesTheMacMessage() {
        SourceProblem problem = syntaxError("""
                topology T
                host H platform hyperv-2012 {
                    nic eth0 mac 00-11-22-33-44 cable Office
                }
                """);
        assertAt(3, 18, problem);
        assertMessage("'00-11-22-33-44' is not a MAC address: expected six groups of two hex digits, like 00-1A-2B-3C-4D-5E",
                problem);
    }

    @Test
    void unterminatedString() {
        SourceProblem problem = syntaxError("""
                topology T
                host H platform hyperv-2012 {
                    nic "Local Area Connection
                }
                """);
        assertAt(3, 9, problem);
        assertMessage("a quoted name is not closed: '\"' is missing before the end of the file", problem);
    }

    @Test
    void garbageToken() {
        SourceProblem problem = syntaxError("""
                topology T
                host H platform hyperv-2012 {
                    nic eth0 § { ipv4 dhcp }
                }
                """);
        assertAt(3, 14, problem);
        assertMessage("unexpected '§', expected '}'", problem);
    }

    @Test
    void vlanTooLargeForANumber() {
        SourceProblem problem = syntaxError("topology T\nhost H platform hyperv-2012 { vm A { nic eth0 vlan 99999999999 } }\n");
        assertAt(2, 52, problem);
        assertMessage("'99999999999' is too large a number", problem);
    }

    @Test
    void messagesNeverNameGrammarTokens() {
        String[] broken = { "topology T\nhost H platform hyperv-2012 { nic eth0 mac }\n", "topology T\nexpect reach -> X\n",
                "topology\n", "topology T\nnetwork N { router }\n" };
        for (String text : broken) {
            for (SourceProblem problem : HvnetTestFiles.load(text).problems()) {
                assertFalse(problem.message().contains("RULE_"), problem::toString);
                assertFalse(problem.message().contains("<EOF>"), problem::toString);
            }
        }
    }

    @Test
    void problemsComeInFileOrder() {
        LoadedModel model = HvnetTestFiles.load("""
                topology T
                network A { router 1.2.3.999 }
                network B { subnet 10.0.0.0/40 }
                """);
        assertEquals(List.of(2, 3), model.problems().stream().map(SourceProblem::line).toList());
    }
}
