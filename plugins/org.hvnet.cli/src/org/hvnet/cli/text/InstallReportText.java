package org.hvnet.cli.text;

import java.io.PrintStream;

import org.hvnet.analysis.install.BindingChange;
import org.hvnet.analysis.install.CreatedElement;
import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.MovedSetting;

/** An install change report (rule I-5) as lines a person reads. */
public final class InstallReportText {

    private InstallReportText() {
    }

    /** Prints the report, indented under a title line. */
    public static void print(PrintStream out, InstallReport report) {
        out.println("install " + report.product() + " on " + report.host() + ": " + (report.changed() ? "changed" : "nothing changed"));
        for (CreatedElement element : report.created()) {
            if (element instanceof CreatedElement.HostVnic vnic) {
                out.println("  created host vNIC '" + vnic.name() + "' on switch '" + vnic.switchName() + "': bind "
                        + String.join(", ", vnic.bindings()) + "; ipv4 " + vnic.ipv4());
            } else if (element instanceof CreatedElement.Switch vswitch) {
                out.println("  created " + vswitch.type() + " switch '" + vswitch.name() + "' on NIC '" + vswitch.nic() + "'");
            }
        }
        for (BindingChange change : report.unbound()) {
            out.println("  NIC '" + change.nic() + "': " + (change.removed().isEmpty() ? "" : "removed " + String.join(", ", change.removed()) + "; ")
                    + "bound " + String.join(", ", change.bound()));
        }
        for (MovedSetting moved : report.moved()) {
            out.println("  moved '" + moved.setting() + "' from '" + moved.nic() + "' to '" + moved.to() + "'");
        }
        for (String warning : report.warnings()) {
            out.println("  warning: " + warning);
        }
        for (String note : report.notes()) {
            out.println("  note: " + note);
        }
    }
}
