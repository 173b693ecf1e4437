// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

import java.util.SplittableRandom;

/** The features of today's Hyper-V one generated host uses (see {@link TodaysShares}). */
record HostFeatures(boolean vlanTenants, boolean nat, boolean team, boolean acls) {

    /** A host without any of them. */
    static final HostFeatures NONE = new HostFeatures(false, false, false, false);

    /**
     * Draws the features of one host from its own stream: always four draws, so that one share does not move the
     * hosts another share picks, and the host's layout stream is untouched (shares of 0 give the classic text).
     */
    static HostFeatures draw(TodaysShares shares, SplittableRandom random) {
        boolean vlan = random.nextInt(100) < shares.vlanPercent();
        boolean nat = random.nextInt(100) < shares.natPercent();
        boolean team = random.nextInt(100) < shares.setPercent();
        boolean acls = random.nextInt(100) < shares.aclPercent();
        return new HostFeatures(vlan, nat, team, acls);
    }

    /** True when the host uses any feature, which makes it a Windows Server 2016+ host. */
    boolean any() {
        return vlanTenants || nat || team || acls;
    }
}
