package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.hvnet.interop.inventory.InventoryReader;
import org.hvnet.interop.inventory.InventoryReading;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void reads() {
        InventoryReading r = InventoryReader.read("x.json", "{\"Get-VMSwitch\":[{\"Name\":\"LAN\",\"SwitchType\":2}]}".getBytes(StandardCharsets.UTF_8));
        System.out.println(r.problems());
        assertEquals(1, r.inventory().switches().size());
    }
}
