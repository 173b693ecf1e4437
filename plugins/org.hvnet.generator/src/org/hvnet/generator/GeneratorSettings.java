// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

import org.hvnet.files.InputLimit;

/**
 * What to generate: how many hosts, how many VMs on each, the seed that makes the result repeatable, and the shares of
 * hosts that use today's Hyper-V features.
 */
public record GeneratorSettings(int hosts, int vmsPerHost, long seed, TodaysShares shares) {

    /** The largest number of hosts (MAC addresses and subnets are derived from the host number). */
    public static final int MAX_HOSTS = 60_000;
    /** The largest number of VMs per host. */
    public static final int MAX_VMS_PER_HOST = 200;

    /** Text per host and per VM, in bytes (measured on generated models, rounded up). */
    static final int BYTES_PER_HOST = 500;
    static final int BYTES_PER_VM = 170;
    /** Text a port ACL and guards add to a VM, in bytes, on a host with ACLs. */
    static final int ACL_BYTES_PER_VM = 160;

    /**
     * Validates the ranges, and that the model is no larger than what HVNet reads in one run ({@link InputLimit}):
     * a larger one could never be read back, and its text alone could exhaust the memory.
     */
    public GeneratorSettings {
        if (shares == null) {
            throw new IllegalArgumentException("the shares of today's features are missing");
        }
        if (hosts < 1 || hosts > MAX_HOSTS) {
            throw new IllegalArgumentException("--hosts must be between 1 and " + MAX_HOSTS + ", not " + hosts);
        }
        if (vmsPerHost < 0 || vmsPerHost > MAX_VMS_PER_HOST) {
            throw new IllegalArgumentException("--vms-per-host must be between 0 and " + MAX_VMS_PER_HOST + ", not " + vmsPerHost);
        }
        long perHost = BYTES_PER_HOST + (long) (BYTES_PER_VM + ACL_BYTES_PER_VM * shares.aclPercent() / 100) * vmsPerHost;
        if (hosts * perHost > InputLimit.bytes()) {
            throw new IllegalArgumentException("--hosts " + hosts + " --vms-per-host " + vmsPerHost + " would write about "
                    + hosts * perHost / (1024 * 1024) + " MB, more than the " + InputLimit.bytes() / (1024 * 1024)
                    + " MB of model text HVNet reads in one run: generate at most " + InputLimit.bytes() / perHost
                    + " hosts with " + vmsPerHost + " VMs each");
        }
    }

    /** The classic data centre: no host uses today's features. */
    public GeneratorSettings(int hosts, int vmsPerHost, long seed) {
        this(hosts, vmsPerHost, seed, TodaysShares.NONE);
    }

    /** Hosts sharing one physical network: 50, more for very large data centres (at most 256 networks). */
    public int hostsPerNetwork() {
        return Math.max(50, (hosts + 255) / 256);
    }

    /** The number of physical networks. */
    public int networks() {
        return (hosts + hostsPerNetwork() - 1) / hostsPerNetwork();
    }
}
