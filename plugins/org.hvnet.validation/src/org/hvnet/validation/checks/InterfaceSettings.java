// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.List;

import org.hvnet.model.DhcpIpv4Config;
import org.hvnet.model.Interface;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.analysis.segments.EffectiveBindings;

/** What an interface's written settings mean: whether TCP/IPv4 is bound and how it gets IPv4. */
public final class InterfaceSettings {

    private InterfaceSettings() {
    }

    /** True when TCP/IPv4 is bound (as written, or by the Windows default set), so that the interface can have an IPv4 address. */
    public static boolean hasTcpIp4(Interface nic) {
        return EffectiveBindings.hasTcpip4(nic);
    }

    /** The static settings, or null when the interface uses DHCP. */
    public static StaticIpv4Config staticSettings(Interface nic) {
        return nic.getIpv4() instanceof StaticIpv4Config settings && settings.getAddress() != null ? settings : null;
    }

    /** True when the interface obtains its address automatically (no ipv4 line, or {@code ipv4 dhcp}). */
    public static boolean usesDhcp(Interface nic) {
        return nic.getIpv4() == null || nic.getIpv4() instanceof DhcpIpv4Config;
    }

    /** The static settings as written after {@code ipv4 static}: {@code 192.168.1.10/24 gateway 192.168.1.1 dns 192.168.1.2}. */
    public static String text(StaticIpv4Config settings) {
        StringBuilder text = new StringBuilder(String.valueOf(settings.getAddress()));
        if (settings.getGateway() != null) {
            text.append(" gateway ").append(settings.getGateway());
        }
        List<Ipv4Address> dns = settings.getDns();
        for (int i = 0; i < dns.size(); i++) {
            text.append(i == 0 ? " dns " : ", ").append(dns.get(i));
        }
        return text.toString();
    }
}
