// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlExtension5;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.editors.text.EditorsUI;
import org.hvnet.ui.editor.HvnetEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The editor's hover control shows its whole text: sized from the text, nothing cut. */
class HoverTest {

    /** The text viewer's hover limits in characters and lines (TextViewer's TEXT_HOVER_WIDTH/HEIGHT_CHARS). */
    private static final int VIEWER_WIDTH_CHARS = 100;
    private static final int VIEWER_HEIGHT_CHARS = 12;

    @AfterEach
    void closeEditors() {
        WorkbenchFixture.closeEditors();
    }

    @Test
    void theHoverOfTheV4WarningShowsEveryWordAndLine() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("hoversize.hvnet"));
        String text = editor.viewer().getDocument().get();
        String v4 = editor.hoverAt(text.indexOf("ipv4 static 192.168.1.10/24") + 2);
        assertNotNull(v4);
        assertTrue(v4.contains("[V-4]"), v4);
        showsWholly(editor, v4, "hover.png");
    }

    @Test
    void aHoverOfThreeProblemsLongerThanTheViewersTwelveLinesIsShownWhole() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("hoverlong.hvnet"));
        String text = editor.viewer().getDocument().get();
        String v4 = editor.hoverAt(text.indexOf("ipv4 static 192.168.1.10/24") + 2);
        // three problems on one line: about 20 wrapped lines, where the text viewer's limit (12) would cut it
        showsWholly(editor, String.join("\n", v4, v4, v4), null);
    }

    @Test
    void thePlatformsDefaultHoverControlWouldCutTheSameText() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("hovercut.hvnet"));
        String text = editor.viewer().getDocument().get();
        String v4 = editor.hoverAt(text.indexOf("ipv4 static 192.168.1.10/24") + 2);
        String hover = String.join("\n", v4, v4, v4);
        IInformationControl control = new DefaultInformationControl(editor.getSite().getShell(),
                EditorsUI.getTooltipAffordanceString());
        try {
            StyledText shown = present(control, hover);
            assertNotEquals(words(hover), words(shown.getText()), "what this editor's hover control avoids");
        } finally {
            control.dispose();
        }
    }

    /** Presents {@code hover} in {@code control} as the text viewer's hover manager does; returns the text shown. */
    private static StyledText present(IInformationControl control, String hover) {
        // constraints, text, size hint capped by the constraints
        Point constraints = ((IInformationControlExtension5) control).computeSizeConstraints(VIEWER_WIDTH_CHARS,
                VIEWER_HEIGHT_CHARS);
        control.setSizeConstraints(constraints.x, constraints.y);
        control.setInformation(hover);
        Point hint = control.computeSizeHint();
        control.setSize(Math.min(hint.x, constraints.x), Math.min(hint.y, constraints.y));
        control.setLocation(new Point(60, 60));
        control.setVisible(true);
        WorkbenchFixture.settle(300);
        return WorkbenchFixture.controls(((AbstractInformationControl) control).getShell(), StyledText.class).get(0);
    }

    private static void showsWholly(HvnetEditor editor, String hover, String screenshot) throws Exception {
        IInformationControl control = ((ITextHoverExtension) editor.textHover()).getHoverControlCreator()
                .createInformationControl(editor.getSite().getShell());
        try {
            StyledText shown = present(control, hover);
            assertEquals(words(hover), words(shown.getText()), "every word of the hover is shown");
            int width = shown.getClientArea().width;
            for (int line = 0; line < shown.getLineCount(); line++) {
                String lineText = shown.getLine(line).stripTrailing(); // a space at a line break takes no room
                assertTrue(WorkbenchFixture.textWidth(shown, lineText) <= width, "line " + line + " fits in " + width + ": " + lineText);
            }
            int bottom = shown.getLinePixel(shown.getLineCount() - 1) + shown.getLineHeight();
            assertTrue(bottom <= shown.getClientArea().height,
                    "all " + shown.getLineCount() + " lines fit: " + bottom + " > " + shown.getClientArea().height);
            if (screenshot != null) {
                WorkbenchFixture.screenshot(screenshot);
            }
        } finally {
            control.dispose();
        }
    }

    /** The text without its white space (the presenter breaks lines between words and after hyphens). */
    private static String words(String text) {
        return text.replaceAll("\\s+", "");
    }
}
