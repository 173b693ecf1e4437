// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

/** Hands out the static addresses of one physical network, below its DHCP range. */
@FunctionalInterface
interface StaticPool {

    /** The next free address, or null when the pool is used up. */
    String next();
}
