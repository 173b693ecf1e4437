// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses with prefix length: parsing, refusals with messages, and subnet arithmetic. */
class Ipv4CidrTest {

    @Test
    void goodPrefixesParse() {
        Ipv4Cidr cidr = Ipv4Cidr.valueOf("192.168.1.10/24");
        assertEquals(Ipv4Address.valueOf("192.168.1.10"), cidr.address());
        assertEquals(24, cidr.prefix());
        assertEquals("192.168.1.10/24", cidr.toString());
        assertEquals(0, Ipv4Cidr.valueOf("0.0.0.0/0").prefix());
        assertEquals(32, Ipv4Cidr.valueOf("10.0.0.1/32").prefix());
    }

    @Test
    void prefixAbove32IsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4Cidr.valueOf("10.0.0.0/33"));
        assertEquals("'10.0.0.0/33' has prefix length 33: an IPv4 prefix is at most 32", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0|'10.0.0.0' is not an address with prefix: expected a.b.c.d/n",
            "10.0.0.0/|'10.0.0.0/' has an invalid prefix length '': use 0 to 32",
            "10.0.0.0/x|'10.0.0.0/x' has an invalid prefix length 'x': use 0 to 32",
            "300.0.0.0/8|'300.0.0.0' is not an IPv4 address: octet 300 is greater than 255" })
    void malformedPrefixesAreRefused(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Ipv4Cidr.valueOf(text)).getMessage());
    }

    @Test
    void constructorRefusesPrefixOutOfRange() {
        Ipv4Address address = Ipv4Address.valueOf("10.0.0.0");
        assertThrows(IllegalArgumentException.class, () -> new Ipv4Cidr(address, -1));
        assertThrows(IllegalArgumentException.class, () -> new Ipv4Cidr(address, 33));
    }

    @Test
    void subnetArithmetic() {
        Ipv4Cidr host = Ipv4Cidr.valueOf("192.168.1.10/24");
        assertEquals(Ipv4Address.valueOf("192.168.1.0"), host.network());
        assertEquals(Ipv4Address.valueOf("192.168.1.255"), host.broadcast());
        assertEquals(Ipv4Cidr.valueOf("192.168.1.0/24"), host.subnet());
        assertTrue(host.contains(Ipv4Address.valueOf("192.168.1.200")));
        assertFalse(host.contains(Ipv4Address.valueOf("192.168.2.1")));
        assertFalse(host.isNetworkAddress());
        assertTrue(host.subnet().isNetworkAddress());
        assertTrue(Ipv4Cidr.valueOf("0.0.0.0/0").contains(Ipv4Address.valueOf("8.8.8.8")));
    }
}
