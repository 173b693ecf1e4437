// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.markers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.hvnet.ui.language.TextProblem;

/** The Problems-view markers of .hvnet files: one per problem, with the rule id as an attribute and in the text. */
public final class ProblemMarkers {

    /** The marker type (a persistent problem and text marker). */
    public static final String TYPE = "org.hvnet.ui.problem";
    /** The marker attribute holding the rule id. */
    public static final String RULE = "ruleId";

    private ProblemMarkers() {
    }

    /** Replaces the markers of {@code file} with {@code problems}. */
    public static void replace(IFile file, List<TextProblem> problems) throws CoreException {
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (TextProblem problem : problems) {
                IMarker marker = file.createMarker(TYPE);
                marker.setAttribute(IMarker.SEVERITY, switch (problem.severity()) {
                case ERROR -> IMarker.SEVERITY_ERROR;
                case WARNING -> IMarker.SEVERITY_WARNING;
                case INFO -> IMarker.SEVERITY_INFO;
                });
                marker.setAttribute(IMarker.MESSAGE, problem.text());
                marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
                marker.setAttribute(IMarker.CHAR_START, problem.offset());
                marker.setAttribute(IMarker.CHAR_END, problem.offset() + problem.length());
                marker.setAttribute(IMarker.LOCATION, "line " + problem.line());
                marker.setAttribute(RULE, problem.rule());
            }
        }, file, 0, null);
    }
}
