// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import org.eclipse.xtext.serializer.impl.Serializer;
import org.eclipse.xtext.serializer.sequencer.BacktrackingSemanticSequencer;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The language's serializer (its syntactic and hidden-token sequencers, formatter and scopes) with Xtext's generic,
 * backtracking semantic sequencer for every element instead of the language's: the reference the language's own
 * sequencer must match token for token.
 */
public class GenericSequencerSerializer extends Serializer {

    @Inject
    void useGenericSequencer(Provider<BacktrackingSemanticSequencer> generic) {
        semanticSequencerProvider = generic::get;
    }
}
