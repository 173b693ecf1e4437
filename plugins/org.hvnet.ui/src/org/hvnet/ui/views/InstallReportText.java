package org.hvnet.ui.views;

import org.hvnet.analysis.install.BindingChange;
import org.hvnet.analysis.install.CreatedElement;
import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.LostSetting;
import org.hvnet.analysis.install.MovedSetting;

/** The change report of an install as the Install Preview shows it. */
final class InstallReportText {

    private InstallReportText() {
    }

    static String of(InstallReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Install ").append(report.product()).append(" on ").append(report.host()).append(" (rules I-1 to I-5)\n");
        if (!report.changed()) {
            text.append("\nNothing changes: the host is installed already.\n");
        }
        section(text, "Created", report.created());
        section(text, "Bindings changed", report.unbound());
        section(text, "Settings lost", report.lost());
        section(text, "Settings moved", report.moved());
        section(text, "Notes", report.notes());
        if (!report.warnings().isEmpty()) {
            section(text, "Warnings", report.warnings());
        }
        return text.toString();
    }

    private static String describe(Object item) {
        if (item instanceof CreatedElement.HostVnic vnic) {
            return "host vNIC \"" + vnic.name() + "\" on switch " + vnic.switchName() + ", bound to "
                    + String.join(", ", vnic.bindings()) + ", ipv4 " + vnic.ipv4();
        }
        if (item instanceof CreatedElement.Switch created) {
            return "switch " + created.name() + " (" + created.type() + ")" + (created.nic() == null ? "" : " on \"" + created.nic() + "\"");
        }
        if (item instanceof BindingChange change) {
            return "\"" + change.nic() + "\": unbound " + String.join(", ", change.removed()) + "; bound "
                    + String.join(", ", change.bound());
        }
        if (item instanceof LostSetting lost) {
            return "\"" + lost.nic() + "\": " + lost.setting();
        }
        if (item instanceof MovedSetting moved) {
            return "\"" + moved.nic() + "\" \u2192 \"" + moved.to() + "\": " + moved.setting();
        }
        return String.valueOf(item);
    }

    private static void section(StringBuilder text, String title, java.util.List<?> items) {
        if (items == null || items.isEmpty()) {
            return;
        }
        text.append('\n').append(title).append(":\n");
        for (Object item : items) {
            text.append("  - ").append(describe(item)).append('\n');
        }
    }
}
