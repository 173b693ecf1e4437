// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.traffic;

import org.hvnet.simulation.Simulation;

/** The agreement checks of this package (trace against matrix, summary against matrix) for tests in other packages. */
public final class TodaysAgreement {

    private TodaysAgreement() {
    }

    /** Every cell of the matrix against its trace, then the summary's counts against the matrix. */
    public static void assertAgrees(Simulation simulation, String lab) {
        TraceAgreement.assertEveryPair(simulation, simulation.matrix(), lab);
        MatrixCounts.assertSummaryAgrees(simulation, lab);
    }
}
