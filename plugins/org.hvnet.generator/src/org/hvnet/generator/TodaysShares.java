// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

/**
 * Which share of the generated hosts uses the features of today's Hyper-V, each a percentage of all hosts drawn
 * independently per host: VLAN tenants (rule X-3), a NAT switch (WinNAT, X-1), a Switch Embedded Team and port
 * ACLs with guards. A host that draws any of them is a Windows Server 2016+ host. All zero (the default)
 * writes exactly the topology of earlier versions.
 */
public record TodaysShares(int vlanPercent, int natPercent, int setPercent, int aclPercent) {

    /** No host uses any of today's features: the generator's classic output. */
    public static final TodaysShares NONE = new TodaysShares(0, 0, 0, 0);

    /** Validates that every share is a percentage. */
    public TodaysShares {
        check("--vlan-share", vlanPercent);
        check("--nat-share", natPercent);
        check("--set-share", setPercent);
        check("--acl-share", aclPercent);
    }

    private static void check(String option, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(option + " must be a percentage between 0 and 100, not " + percent);
        }
    }

    /** True when some host may use one of today's features. */
    public boolean any() {
        return vlanPercent > 0 || natPercent > 0 || setPercent > 0 || aclPercent > 0;
    }
}
