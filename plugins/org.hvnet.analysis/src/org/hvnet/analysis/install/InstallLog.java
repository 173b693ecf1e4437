// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.ArrayList;
import java.util.List;

/** Collects what one host's install did, then freezes it into an {@link InstallReport}. */
final class InstallLog {

    final List<CreatedElement> created = new ArrayList<>();
    final List<BindingChange> unbound = new ArrayList<>();
    final List<LostSetting> lost = new ArrayList<>();
    final List<MovedSetting> moved = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    boolean changed;

    InstallReport report(String host, String product) {
        return new InstallReport(host, product, changed, List.copyOf(created), List.copyOf(unbound), List.copyOf(lost),
                List.copyOf(moved), List.copyOf(notes));
    }
}
