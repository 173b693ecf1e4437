// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.hvnet.ui.editor.HvnetEditor;
import org.hvnet.ui.markers.ProblemMarkerUpdater;
import org.hvnet.ui.markers.ProblemMarkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Validation as you type (annotations) and on save (Problems markers with the rule id). */
class ValidationTest {

    @AfterEach
    void closeEditors() {
        WorkbenchFixture.closeEditors();
    }

    @Test
    void anErrorTypedShowsAnAnnotationAndAfterSaveAMarkerWithTheRuleId() throws Exception {
        IFile file = WorkbenchFixture.articleFile("typing.hvnet");
        HvnetEditor editor = WorkbenchFixture.open(file);
        assertEquals(List.of(), errorAnnotations(editor), "the article has no errors");

        IDocument document = editor.viewer().getDocument();
        int at = document.get().indexOf("nic eth0 on Isolated") + "nic eth0 on ".length();
        document.replace(at, "Isolated".length(), "Nowhere");

        WorkbenchFixture.waitForReconcile(editor);
        List<String> annotations = errorAnnotations(editor);
        assertEquals(1, annotations.size(), annotations.toString());
        assertEquals("no switch 'Nowhere' on host HV01 [link]", annotations.get(0));

        editor.doSave(new NullProgressMonitor());
        Job.getJobManager().join(ProblemMarkerUpdater.FAMILY, new NullProgressMonitor());
        WorkbenchFixture.waitUntil(() -> !errorMarkers(file).isEmpty(), 20_000, "a Problems marker");
        List<IMarker> markers = errorMarkers(file);
        assertEquals(1, markers.size(), markers.toString());
        IMarker marker = markers.get(0);
        assertEquals("link", marker.getAttribute(ProblemMarkers.RULE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals("no switch 'Nowhere' on host HV01 [link]", marker.getAttribute(IMarker.MESSAGE, ""));
        int line = document.getLineOfOffset(at) + 1;
        assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));

        document.replace(at, "Nowhere".length(), "Isolated");
        editor.doSave(new NullProgressMonitor());
        WorkbenchFixture.waitUntil(() -> errorMarkers(file).isEmpty(), 20_000, "the marker to go");
        WorkbenchFixture.waitForReconcile(editor);
        assertEquals(List.of(), errorAnnotations(editor));
    }

    static List<IMarker> markers(IFile file) {
        try {
            return List.of(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<IMarker> errorMarkers(IFile file) {
        return markers(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
    }

    static List<IMarker> markers(IFile file, String rule) {
        return markers(file).stream().filter(m -> rule.equals(m.getAttribute(ProblemMarkers.RULE, ""))).toList();
    }

    @Test
    void theArticlesV4WarningIsFixedByItsMarkerResolution() throws Exception {
        IFile file = WorkbenchFixture.articleFile("quickfix.hvnet");
        WorkbenchFixture.waitUntil(() -> !markers(file, "V-4").isEmpty(), 30_000, "the V-4 warning of the article");
        IMarker v4 = markers(file, "V-4").get(0);
        assertEquals(IMarker.SEVERITY_WARNING, v4.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(v4));
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(v4);
        assertEquals(1, resolutions.length);
        assertEquals("Move the static IPv4 settings to the host vNIC that the install creates (rule V-4)", resolutions[0].getLabel());

        resolutions[0].run(v4);
        WorkbenchFixture.waitUntil(() -> markers(file, "V-4").isEmpty(), 30_000, "the V-4 warning to go");
        String fixed = org.hvnet.ui.editor.EditorInputFiles.read(file);
        assertTrue(fixed.contains("host-vnic \"Local Area Connection 3\" { ipv4 static 192.168.1.10/24"), fixed);
        assertEquals(List.of(), errorMarkers(file), "the fix introduces no error");
    }

    static List<String> errorAnnotations(HvnetEditor editor) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        List<String> texts = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            if ("org.eclipse.ui.workbench.texteditor.error".equals(annotation.getType())) {
                texts.add(annotation.getText());
            }
        }
        return texts;
    }
}
