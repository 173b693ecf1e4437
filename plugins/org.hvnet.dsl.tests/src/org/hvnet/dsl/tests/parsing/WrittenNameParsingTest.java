// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.parsing;

import static org.hvnet.testing.HvnetTestFiles.parseClean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hvnet.model.PhysicalNic;
import org.hvnet.model.values.NameText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names written by {@link NameText} (messages, reports, generated topologies, quick fixes) read back as the same name. */
class WrittenNameParsingTest {

    @ParameterizedTest
    @ValueSource(strings = { "eth0", "Local Area Connection", "vEthernet (External)", "say \"hi\"", "C:\\lab\\nic", "9lives" })
    void aWrittenNameParsesBackToItself(String name) {
        String text = "topology T\nhost H platform hyperv-2012 {\n    nic " + NameText.asWritten(name) + "\n    nic "
                + NameText.quoted(name + "2") + "\n}";
        PhysicalNic written = parseClean(text).getHosts().get(0).getNics().get(0);
        PhysicalNic quoted = parseClean(text).getHosts().get(0).getNics().get(1);
        assertEquals(name, written.getName());
        assertEquals(name + "2", quoted.getName());
    }
}
