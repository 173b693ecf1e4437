// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hvnet.model.values.MacAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAC addresses: dashes or colons in, upper-case dashes out; wrong group counts and digits refused. */
class MacAddressTest {

    @ParameterizedTest
    @CsvSource({ "00-1A-2B-3C-4D-5E, 00-1A-2B-3C-4D-5E", "00:1a:2b:3c:4d:5e, 00-1A-2B-3C-4D-5E", "ff-ff-ff-ff-ff-ff, FF-FF-FF-FF-FF-FF" })
    void goodAddressesPrintCanonically(String text, String printed) {
        assertEquals(printed, MacAddress.valueOf(text).toString());
    }

    @Test
    void fiveGroupsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MacAddress.valueOf("00-11-22-33-44"));
        assertEquals("'00-11-22-33-44' is not a MAC address: expected six groups of two hex digits, like 00-1A-2B-3C-4D-5E",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "00-11-22-33-44-5G|'00-11-22-33-44-5G' is not a MAC address: '5G' is not two hex digits",
            "00-11-22-33-44-555|'00-11-22-33-44-555' is not a MAC address: '555' is not two hex digits",
            "00-11-22-33-44-55-66|'00-11-22-33-44-55-66' is not a MAC address: expected six groups of two hex digits, like 00-1A-2B-3C-4D-5E" })
    void malformedAddressesAreRefused(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> MacAddress.valueOf(text)).getMessage());
    }

    /** Every octet value in every position prints as two upper-case digits, and prints back to the same address. */
    @Test
    void everyOctetPrintsAsTwoUpperCaseDigitsAndParsesBack() {
        for (int position = 0; position < 6; position++) {
            for (int octet = 0; octet < 256; octet++) {
                long bits = (long) octet << (40 - 8 * position) | 0x0102_0304_0506L & ~(0xFFL << (40 - 8 * position));
                String text = MacAddress.ofBits(bits).toString();
                assertEquals(String.format(java.util.Locale.ROOT, "%02X-%02X-%02X-%02X-%02X-%02X", bits >>> 40 & 0xFF, bits >>> 32 & 0xFF,
                        bits >>> 24 & 0xFF, bits >>> 16 & 0xFF, bits >>> 8 & 0xFF, bits & 0xFF), text);
                assertEquals(bits, MacAddress.valueOf(text).bits());
            }
        }
    }

    @Test
    void valueSemantics() {
        assertEquals(MacAddress.valueOf("00-15-5D-00-00-01"), MacAddress.valueOf("00:15:5d:00:00:01"));
        assertEquals(0x00155D000001L, MacAddress.valueOf("00-15-5D-00-00-01").bits());
        assertEquals(MacAddress.ofBits(0x00155D000001L), MacAddress.valueOf("00-15-5D-00-00-01"));
    }
}
