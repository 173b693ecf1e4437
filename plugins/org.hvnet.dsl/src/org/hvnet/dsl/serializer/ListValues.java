// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.serializer;

import java.util.List;

import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.serializer.acceptor.SequenceFeeder;

/** The values of a list feature fed to a sequence, as the grammar writes lists: {@code first (',' others)*}. */
final class ListValues {

    private ListValues() {
    }

    /** Feeds the values of a list: the first through {@code first}, the others through {@code others} (or {@code first} when null). */
    static void feed(SequenceFeeder feeder, RuleCall first, RuleCall others, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            feeder.accept(i == 0 || others == null ? first : others, values.get(i), i);
        }
    }

    /** A reference list as the generic sequencer reads it: without resolving proxies. */
    static List<?> unresolved(List<?> references) {
        return ((InternalEList<?>) references).basicList();
    }
}
