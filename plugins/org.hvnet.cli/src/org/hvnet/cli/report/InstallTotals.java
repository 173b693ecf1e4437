// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.report;

import java.util.List;

import org.hvnet.analysis.install.CreatedElement;
import org.hvnet.analysis.install.InstallReport;

/** The planned installs of a model counted, for summaries: how many, how many change their host, what they create and lose. */
public record InstallTotals(int installs, long changed, long createdSwitches, long createdHostVnics, long lost, long warnings) {

    /** Counts the reports. */
    public static InstallTotals of(List<InstallReport> reports) {
        return new InstallTotals(reports.size(), reports.stream().filter(InstallReport::changed).count(),
                reports.stream().flatMap(r -> r.created().stream()).filter(CreatedElement.Switch.class::isInstance).count(),
                reports.stream().flatMap(r -> r.created().stream()).filter(CreatedElement.HostVnic.class::isInstance).count(),
                reports.stream().mapToLong(r -> r.lost().size()).sum(), reports.stream().mapToLong(r -> r.warnings().size()).sum());
    }
}
