// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.ArrayList;
import java.util.List;

/**
 * An install change report (rule I-5) as lines a person reads: one wording for the command's reports and the
 * workbench's Install Preview. A binding change reads {@code removed} and {@code bound}, as the JSON report says.
 */
public final class InstallReportText {

    private InstallReportText() {
    }

    /** The title line, then the changes indented by two spaces. */
    public static List<String> lines(InstallReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("install " + report.product() + " on " + report.host() + ": " + (report.changed() ? "changed" : "nothing changed"));
        for (CreatedElement element : report.created()) {
            if (element instanceof CreatedElement.HostVnic vnic) {
                lines.add("  created host vNIC '" + vnic.name() + "' on switch '" + vnic.switchName() + "': bind "
                        + String.join(", ", vnic.bindings()) + "; ipv4 " + vnic.ipv4());
            } else if (element instanceof CreatedElement.Switch vswitch) {
                lines.add("  created " + vswitch.type() + " switch '" + vswitch.name() + "' on NIC '" + vswitch.nic() + "'");
            }
        }
        for (BindingChange change : report.unbound()) {
            lines.add("  NIC '" + change.nic() + "': " + (change.removed().isEmpty() ? "" : "removed " + String.join(", ", change.removed()) + "; ")
                    + "bound " + String.join(", ", change.bound()));
        }
        for (MovedSetting moved : report.moved()) {
            lines.add("  moved '" + moved.setting() + "' from '" + moved.nic() + "' to '" + moved.to() + "'");
        }
        for (String warning : report.warnings()) {
            lines.add("  warning: " + warning);
        }
        for (String note : report.notes()) {
            lines.add("  note: " + note);
        }
        return lines;
    }
}
