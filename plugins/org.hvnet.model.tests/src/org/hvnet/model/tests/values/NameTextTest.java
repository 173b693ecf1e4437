// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.model.values.NameText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names as .hvnet writes them: identifiers plain, everything else quoted with quotes and backslashes escaped. */
class NameTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "eth0|eth0",
            "_x9|_x9",
            "Local Area Connection|\"Local Area Connection\"",
            "vEthernet (External)|\"vEthernet (External)\"",
            "9lives|\"9lives\"",
            "say \"hi\"|\"say \\\"hi\\\"\"",
            "C:\\lab|\"C:\\\\lab\"" })
    void namesAreWrittenAsTheLanguageReadsThem(String name, String written) {
        assertEquals(written, NameText.asWritten(name));
    }

    @Test
    void quotedAlwaysQuotesAndEscapes() {
        assertEquals("\"eth0\"", NameText.quoted("eth0"));
        assertEquals("\"a\\\\b \\\"c\\\"\"", NameText.quoted("a\\b \"c\""));
    }

    @Test
    void identifiersStartWithALetterOrUnderscore() {
        assertTrue(NameText.isIdentifier("HV01"));
        assertFalse(NameText.isIdentifier(""));
        assertFalse(NameText.isIdentifier("0x"));
        assertFalse(NameText.isIdentifier("a-b"));
    }
}
