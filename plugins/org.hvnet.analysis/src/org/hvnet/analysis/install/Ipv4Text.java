// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.stream.Collectors;

import org.hvnet.model.Ipv4Config;
import org.hvnet.model.StaticIpv4Config;

/** IPv4 settings as the .hvnet language writes them: {@code static 192.168.1.10/24 gateway ... dns ...} or {@code dhcp}. */
public final class Ipv4Text {

    private Ipv4Text() {
    }

    /** {@code dhcp} for DHCP or no setting, else {@code static CIDR [gateway IP] [dns IP, ...]}. */
    public static String of(Ipv4Config config) {
        if (!(config instanceof StaticIpv4Config fixed)) {
            return "dhcp";
        }
        StringBuilder text = new StringBuilder("static ").append(fixed.getAddress());
        if (fixed.getGateway() != null) {
            text.append(" gateway ").append(fixed.getGateway());
        }
        if (!fixed.getDns().isEmpty()) {
            text.append(" dns ").append(fixed.getDns().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
