// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import java.nio.file.Path;
import java.util.List;

import org.hvnet.diagram.server.DiagramServer;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today's Hyper-V in headless Chromium ({@code e2e/todays-hyperv.e2e.mjs}): VLAN, ACL and trunk badges of the tenant
 * pair, the layer "VLANs", and the NetNat of the NAT lab as the page draws them; screenshots in {@code target/e2e/}
 * ({@code todays-vlans.png}, {@code todays-vlans-layer.png}, {@code todays-nat.png}); the layer's is the picture of
 * docs/diagram.md ({@code docs/images/todays-vlans.png}), copied there when the build runs with
 * {@code HVNET_UPDATE_SCREENSHOT=1}.
 */
class TodaysHyperVBrowserTest {

    @TempDir
    Path dir;

    @Test
    void vlansAclsAndTheNatInTheBrowser() throws Exception {
        Path tenants = ExampleShapes.example(dir, "vlan-tenants-acl.hvnet").file();
        Path nat = ExampleShapes.example(dir, "nat-switch.hvnet").file();
        Path out = Path.of("target/e2e").toAbsolutePath();
        try (DiagramServer server = DiagramServer.start(List.of(tenants, nat), HvnetTestFiles.injector(), 0)) {
            BrowserEndToEndTest.runScript("todays-hyperv.e2e.mjs", server.url(), out.toString(), tenants.toString(), nat.toString());
        }
        ReadmePictures.update(out.resolve("todays-vlans-layer.png"), "todays-vlans.png");
    }
}
