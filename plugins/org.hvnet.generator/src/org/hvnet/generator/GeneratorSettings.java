package org.hvnet.generator;

/** What to generate: how many hosts, how many VMs on each, and the seed that makes the result repeatable. */
public record GeneratorSettings(int hosts, int vmsPerHost, long seed) {

    /** The largest number of hosts (MAC addresses and subnets are derived from the host number). */
    public static final int MAX_HOSTS = 60_000;
    /** The largest number of VMs per host. */
    public static final int MAX_VMS_PER_HOST = 200;

    /** Validates the ranges. */
    public GeneratorSettings {
        if (hosts < 1 || hosts > MAX_HOSTS) {
            throw new IllegalArgumentException("--hosts must be between 1 and " + MAX_HOSTS + ", not " + hosts);
        }
        if (vmsPerHost < 0 || vmsPerHost > MAX_VMS_PER_HOST) {
            throw new IllegalArgumentException("--vms-per-host must be between 0 and " + MAX_VMS_PER_HOST + ", not " + vmsPerHost);
        }
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
