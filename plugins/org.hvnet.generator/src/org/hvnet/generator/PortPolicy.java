// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

import java.util.List;

/**
 * The port ACLs and guards of the VMs on a generated host that uses ACLs (rules ): the front-end NIC may not
 * reach the internet (only private destinations are allowed out) and guards against rogue DHCP servers and routers;
 * the back-end NIC on the private switch admits only the application server, the host's first VM there (192.168.0.2).
 * Every host writes the same rules, so that the reachability classes stay few (rule T-8).
 */
final class PortPolicy {

    /** The guards written after the front-end NIC's switch. */
    static final String FRONT_END_GUARDS = " dhcp-guard router-guard";
    /** The out-going ACL of a front-end NIC: private destinations only. */
    static final List<String> FRONT_END_ACLS = List.of("acl deny out remote 0.0.0.0/0", "acl allow out remote 10.0.0.0/8",
            "acl allow out remote 172.16.0.0/12");
    /** The VM number whose back-end NIC the others admit. */
    static final int APPLICATION_SERVER = 2;
    /** The in-coming ACL of a back-end NIC: only the application server's back-end address. */
    static final List<String> BACK_END_ACLS = List.of("acl deny in remote 192.168.0.0/24",
            "acl allow in remote 192.168.0." + APPLICATION_SERVER + "/32");

    private PortPolicy() {
    }
}
