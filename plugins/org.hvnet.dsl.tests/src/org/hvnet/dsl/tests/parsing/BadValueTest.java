// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad value in a statement of today's Hyper-V is one {@code syntax} diagnostic at the value, with a message saying
 * what is wrong, never an exception: prefixes above /32, ports outside 1-65535, numbers too large for an id, a VLAN range
 * written backwards. (VLAN ids outside 1-4094 parse: validation reports them, rule V-15.)
 */
class BadValueTest {

    private static final String LAB = """
            topology T
            network Corp { %s }
            host H platform hyperv-2016 {
                switch S internal
                netnat Nat prefix 172.20.0.0/24 { %s }
                vm V { nic e on S %s { %s } }
            }
            """;

    private static SourceProblem onlyProblem(String text) {
        LoadedModel model = HvnetTestFiles.load(text);
        assertEquals(1, model.problems().size(), () -> model.problems() + " for\n" + text);
        SourceProblem problem = model.problems().get(0);
        assertEquals(SourceProblem.SYNTAX, problem.rule());
        return problem;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            acl prefix /40       | ||| acl deny in remote 10.0.0.0/40                     | 6 | 45 | '10.0.0.0/40' has prefix length 40: an IPv4 prefix is at most 32
            port 70000           | | forward tcp 70000 to 172.20.0.10 | |              | 5 | 51 | port 70000 is out of range: a port is a number from 1 to 65535
            port 99999999        | | forward udp 80 to 172.20.0.10 port 99999999 | | | 5 | 74 | port 99999999 is out of range: a port is a number from 1 to 65535
            port 0               | | forward tcp 0 to 172.20.0.10 | |                  | 5 | 51 | port 0 is out of range: a port is a number from 1 to 65535
            huge network vlan    | vlan 99999999999 |||                                 | 2 | 21 | '99999999999' is too large a number
            huge access vlan     | || vlan access 99999999999 |                        | 6 | 35 | '99999999999' is too large a number
            huge native vlan     | || vlan trunk 10 native 99999999999 |               | 6 | 44 | '99999999999' is too large a number
            huge trunk vlan      | || vlan trunk 10, 99999999999 native 10 |           | 6 | 38 | '99999999999' is not a VLAN id or range: 99999999999 is too large a number
            backwards range      | || vlan trunk 39-30 native 30 |                     | 6 | 34 | '39-30' is not a VLAN range: 39 is greater than 30; write the lower id first
            """)
    void badValueIsOneDiagnosticAtItsPosition(String what, String network, String netnat, String nicOptions, String nicBody,
            int line, int column, String message) {
        SourceProblem problem = onlyProblem(LAB.formatted(blank(network), blank(netnat), blank(nicOptions), blank(nicBody)));
        assertEquals(List.of(line, column, message), List.of(problem.line(), problem.column(), problem.message()), what);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
