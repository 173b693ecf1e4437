// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/**
 * One row of {@code Get-NetAdapterBinding -IncludeHidden}: a protocol or service bound (or not) to a NIC.
 *
 * @param adapterName the connection name of the NIC
 * @param componentId {@code ms_tcpip}, {@code ms_tcpip6}, {@code ms_msclient}, {@code ms_server}, {@code ms_pacer},
 *        {@code vms_pp} (the Hyper-V Extensible Virtual Switch)…
 * @param displayName the name Windows shows, or null
 * @param enabled true when the binding is on
 */
public record AdapterBinding(String adapterName, String componentId, String displayName, boolean enabled) {
}
