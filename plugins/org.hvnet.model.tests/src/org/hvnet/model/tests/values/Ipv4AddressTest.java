// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.model.values.Ipv4Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dotted-quad IPv4 addresses: what parses, what is refused and with which message. */
class Ipv4AddressTest {

    @ParameterizedTest
    @ValueSource(strings = { "0.0.0.0", "192.168.1.10", "255.255.255.255", "8.8.8.8" })
    void goodAddressesPrintAsWritten(String text) {
        assertEquals(text, Ipv4Address.valueOf(text).toString());
    }

    @Test
    void leadingZerosAreAcceptedAndDropped() {
        assertEquals("10.0.0.1", Ipv4Address.valueOf("010.000.000.001").toString());
    }

    @Test
    void octetAbove255IsRefusedNamingTheOctet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4Address.valueOf("300.1.1.1"));
        assertEquals("'300.1.1.1' is not an IPv4 address: octet 300 is greater than 255", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.2.3|'1.2.3' is not an IPv4 address: expected four numbers separated by dots",
            "1.2.3.4.5|'1.2.3.4.5' is not an IPv4 address: expected four numbers separated by dots",
            "1..3.4|'1..3.4' is not an IPv4 address: '' is not a number from 0 to 255",
            "1.2.3.x|'1.2.3.x' is not an IPv4 address: 'x' is not a number from 0 to 255",
            "1.2.3.1000|'1.2.3.1000' is not an IPv4 address: '1000' is not a number from 0 to 255" })
    void malformedAddressesAreRefused(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Ipv4Address.valueOf(text)).getMessage());
    }

    @Test
    void nullIsRefused() {
        assertEquals("missing IPv4 address", assertThrows(IllegalArgumentException.class, () -> Ipv4Address.valueOf(null)).getMessage());
    }

    @Test
    void valueSemantics() {
        assertEquals(Ipv4Address.valueOf("10.0.0.1"), Ipv4Address.valueOf("10.0.0.1"));
        assertEquals(Ipv4Address.valueOf("10.0.0.1").hashCode(), Ipv4Address.valueOf("10.0.0.1").hashCode());
        assertTrue(Ipv4Address.valueOf("10.0.0.1").compareTo(Ipv4Address.valueOf("192.168.0.1")) < 0);
        assertTrue(Ipv4Address.valueOf("200.0.0.1").compareTo(Ipv4Address.valueOf("10.0.0.1")) > 0);
        assertEquals(Ipv4Address.valueOf("10.0.1.0"), Ipv4Address.valueOf("10.0.0.255").plus(1));
    }

    @Test
    void linkLocalAndPrivateRanges() {
        assertTrue(Ipv4Address.valueOf("169.254.3.4").isLinkLocal());
        assertFalse(Ipv4Address.valueOf("169.253.3.4").isLinkLocal());
        assertTrue(Ipv4Address.valueOf("172.16.0.1").isPrivateOrSpecial());
        assertTrue(Ipv4Address.valueOf("192.168.1.1").isPrivateOrSpecial());
        assertFalse(Ipv4Address.valueOf("172.32.0.1").isPrivateOrSpecial());
        assertFalse(Ipv4Address.valueOf("8.8.8.8").isPrivateOrSpecial());
    }
}
