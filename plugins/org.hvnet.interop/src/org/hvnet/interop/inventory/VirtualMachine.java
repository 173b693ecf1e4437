// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/**
 * One row of Get-VM.
 *
 * @param name the VM's name (Hyper-V allows two VMs of one name; the reader warns)
 * @param id the VM's GUID, or null
 * @param state running, off, saved…, or null when Windows wrote a value the reader does not know
 */
public record VirtualMachine(String name, String id, VmState state) {
}
