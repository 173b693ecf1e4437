// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.sequencer.BacktrackingSemanticSequencer;

/**
 * Xtext's generic (backtracking) sequencer, counting the elements it sequences by type name. Bound as the language
 * sequencer's generic one in a test injector, it shows which elements the language's sequencer leaves to the search.
 */
public class CountingGenericSequencer extends BacktrackingSemanticSequencer {

    /** Elements sequenced by this class since it was loaded, by the name of their type. */
    public static final Map<String, AtomicLong> SEQUENCED = new ConcurrentHashMap<>();

    @Override
    public void createSequence(ISerializationContext context, EObject element) {
        SEQUENCED.computeIfAbsent(element.eClass().getName(), name -> new AtomicLong()).incrementAndGet();
        super.createSequence(context, element);
    }
}
