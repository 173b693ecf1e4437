// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.hvnet.testing.HvnetTestFiles;

/**
 * Serializes a model with the language's serializer and with {@link GenericSequencerSerializer}, laid out by the
 * formatter (as every writer of the workbench does) and as the serializer leaves it, and asserts that the texts are
 * the same, character for character.
 */
final class SameText {

    private SameText() {
    }

    /** The text the language's serializer writes for {@code element}, formatted. */
    static String written(EObject element) {
        return HvnetTestFiles.injector().getInstance(ISerializer.class).serialize(element, SaveOptions.newBuilder().format().getOptions());
    }

    /** Asserts that both serializers write {@code element} alike, formatted and not; returns the formatted text. */
    static String assertSameText(EObject element) {
        ISerializer language = HvnetTestFiles.injector().getInstance(ISerializer.class);
        ISerializer generic = HvnetTestFiles.injector().getInstance(GenericSequencerSerializer.class);
        for (SaveOptions options : new SaveOptions[] { SaveOptions.newBuilder().getOptions(), SaveOptions.newBuilder().format().getOptions() }) {
            String expected = generic.serialize(element, options);
            String actual = language.serialize(element, options);
            if (!expected.equals(actual)) {
                assertEquals(firstDifference(expected, actual), firstDifference(actual, expected),
                        "the language's sequencer and the generic one write different text (format: " + options.isFormatting() + ")");
            }
        }
        return written(element);
    }

    /** The line of {@code text} where it starts to differ from {@code other}, with its number. */
    private static String firstDifference(String text, String other) {
        String[] lines = text.split("\n", -1);
        String[] otherLines = other.split("\n", -1);
        int line = 0;
        while (line < lines.length && line < otherLines.length && lines[line].equals(otherLines[line])) {
            line++;
        }
        return "line " + (line + 1) + ": " + (line < lines.length ? lines[line] : "(end)");
    }
}
