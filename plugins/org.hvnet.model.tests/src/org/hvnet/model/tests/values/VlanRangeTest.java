// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.model.values.VlanRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** VLAN ids and ranges of a trunk's allowed list (rule X-3): parsing, refusals with messages, membership. */
class VlanRangeTest {

    @Test
    void singleIdsAndRangesParseAndPrintAsWritten() {
        VlanRange range = VlanRange.valueOf("30-39");
        assertEquals(30, range.first());
        assertEquals(39, range.last());
        assertEquals("30-39", range.toString());
        assertEquals("10", VlanRange.valueOf("10").toString());
        assertEquals(VlanRange.of(10, 10), VlanRange.valueOf("10"));
        assertEquals(VlanRange.of(1, 4094), VlanRange.valueOf("1-4094"));
    }

    @Test
    void idsOutsideTheVlanRangeParse() {
        assertEquals(VlanRange.of(0, 5000), VlanRange.valueOf("0-5000"));
    }

    @Test
    void membership() {
        VlanRange range = VlanRange.valueOf("30-39");
        assertTrue(range.contains(30) && range.contains(35) && range.contains(39));
        assertFalse(range.contains(29) || range.contains(40));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "39-30|'39-30' is not a VLAN range: 39 is greater than 30; write the lower id first",
            "99999999999|'99999999999' is not a VLAN id or range: 99999999999 is too large a number",
            "10-|'10-' is not a VLAN id or range: expected N or N-M, like 10 or 30-39",
            "x|'x' is not a VLAN id or range: expected N or N-M, like 10 or 30-39" })
    void malformedRangesAreRefused(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> VlanRange.valueOf(text)).getMessage());
    }
}
