// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.List;

/**
 * The change report of one host's install (rule I-5): what was created, which bindings changed, which settings
 * were lost or moved, and whether anything changed at all (false on a second run: idempotence).
 */
public record InstallReport(String host, String product, boolean changed, List<CreatedElement> created,
        List<BindingChange> unbound, List<LostSetting> lost, List<MovedSetting> moved, List<String> notes) {

    /** Every warning of the lost settings, in order. */
    public List<String> warnings() {
        return lost.stream().flatMap(l -> l.warnings().stream()).toList();
    }
}
