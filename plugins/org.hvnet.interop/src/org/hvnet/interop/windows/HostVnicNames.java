// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.windows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two names of a host vNIC: Hyper-V's ({@code Get-VMNetworkAdapter -ManagementOS}, e.g. {@code Management}) and
 * the connection name Network Connections shows ({@code vEthernet (Management)}), which the model keeps.
 */
public final class HostVnicNames {

    private static final Pattern V_ETHERNET = Pattern.compile("vEthernet \\((.*)\\)");

    private HostVnicNames() {
    }

    /** The connection name Windows gives a host vNIC that Hyper-V calls {@code hyperVName}. */
    public static String connectionName(String hyperVName) {
        return "vEthernet (" + hyperVName + ")";
    }

    /** The Hyper-V name of a host vNIC whose connection is called {@code connectionName}: the part in parentheses. */
    public static String hyperVName(String connectionName) {
        Matcher matcher = V_ETHERNET.matcher(connectionName);
        return matcher.matches() ? matcher.group(1) : connectionName;
    }

    /** True when Windows gives a host vNIC called {@code hyperVName} exactly this connection name. */
    public static boolean isDefaultConnectionName(String connectionName) {
        return V_ETHERNET.matcher(connectionName).matches();
    }
}
