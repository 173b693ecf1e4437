// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.hvnet.ui.editor.HvnetEditor;
import org.hvnet.ui.editor.LanguageProposal;
import org.hvnet.ui.editor.coloring.TextStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The .hvnet editor on the article's lab: its editor, colouring, content assist, format and F3. */
class HvnetEditorTest {

    @AfterEach
    void closeEditors() {
        WorkbenchFixture.closeEditors();
    }

    @Test
    void theArticleOpensInTheHvnetEditor() throws Exception {
        IFile file = WorkbenchFixture.articleFile("article.hvnet");
        IEditorPart editor = IDE.openEditor(WorkbenchFixture.page(), file);
        assertInstanceOf(HvnetEditor.class, editor);
        assertEquals(HvnetEditor.ID, editor.getSite().getId());
    }

    @Test
    void keywordsAreColouredFromTheLexerAndHostNamesFromTheModel() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("colours.hvnet"));
        StyledText widget = editor.viewer().getTextWidget();
        String text = editor.viewer().getDocument().get();

        int keyword = text.indexOf("host HV01");
        StyleRange keywordStyle = widget.getStyleRangeAtOffset(keyword);
        assertNotNull(keywordStyle, "the keyword 'host' has a style");
        assertEquals(TextStyle.KEYWORD.foreground(), keywordStyle.foreground.getRGB());
        assertEquals(SWT.BOLD, keywordStyle.fontStyle & SWT.BOLD);

        int hostName = keyword + "host ".length();
        WorkbenchFixture.waitUntil(() -> {
            StyleRange s = widget.getStyleRangeAtOffset(hostName);
            return s != null && TextStyle.HOST.foreground().equals(s.foreground.getRGB());
        }, 10_000, "the host name in the host colour");
        for (StyleRange range : widget.getStyleRanges(hostName, "HV01".length())) {
            assertEquals(TextStyle.HOST.foreground(), range.foreground.getRGB(), "all of HV01 is in the host colour");
        }
        StyleRange afterName = widget.getStyleRangeAtOffset(hostName + "HV01 ".length());
        assertEquals(TextStyle.KEYWORD.foreground(), afterName.foreground.getRGB(), "'platform' is a keyword again");

        int vmName = text.indexOf("vm Web01") + "vm ".length();
        assertEquals(TextStyle.VM.foreground(), widget.getStyleRangeAtOffset(vmName).foreground.getRGB());
        int privateSwitch = text.indexOf("on Isolated") + "on ".length();
        assertEquals(TextStyle.SWITCH_PRIVATE.foreground(), widget.getStyleRangeAtOffset(privateSwitch).foreground.getRGB());
        int comment = text.indexOf("// names used before");
        assertEquals(TextStyle.COMMENT.foreground(), widget.getStyleRangeAtOffset(comment + 3).foreground.getRGB());
        int address = text.indexOf("192.168.1.0/24");
        assertEquals(TextStyle.ADDRESS.foreground(), widget.getStyleRangeAtOffset(address + 1).foreground.getRGB());
    }

    @Test
    void contentAssistAfterOnProposesExactlyTheHostsSwitches() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("assist.hvnet"));
        IDocument document = editor.viewer().getDocument();
        String line = "vm Web01 { nic eth0 on Lab { ipv4 dhcp } }";
        int at = document.get().indexOf(line);
        String typed = "vm Web02 { nic eth0 on ";
        document.replace(at, 0, typed + "\n    ");
        int caret = at + typed.length();

        ICompletionProposal[] proposals = editor.proposalsAt(caret);
        List<String> names = Arrays.stream(proposals).map(p -> ((LanguageProposal) p).replacement()).sorted().toList();
        assertEquals(List.of("Isolated", "Lab"), names);

        Arrays.stream(proposals).filter(p -> ((LanguageProposal) p).replacement().equals("Isolated")).findFirst()
                .orElseThrow().apply(document);
        assertTrue(document.get().contains("vm Web02 { nic eth0 on Isolated"), document.get());
    }

    @Test
    void formatLaysTheTextOutWithTheLanguagesFormatter() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("format.hvnet"));
        IDocument document = editor.viewer().getDocument();
        String original = document.get();
        String messy = original.replace("    switch Isolated private", "switch    Isolated   private")
                .replace("    vm Web01 { nic eth0 on Lab { ipv4 dhcp } }", "  vm   Web01{nic eth0 on Lab{ipv4 dhcp}}");
        document.set(messy);
        editor.getAction("org.hvnet.ui.editor.Format").run();
        String formatted = document.get();
        assertTrue(formatted.contains("\n    switch Isolated private\n"), formatted);
        assertTrue(formatted.contains("\n    vm Web01 { nic eth0 on Lab { ipv4 dhcp } }\n"), formatted);
        assertEquals(formatterOutput(original), formatted, "the language's formatter, as `hvnet format` lays it out");
        editor.getAction("org.hvnet.ui.editor.Format").run();
        assertEquals(formatted, document.get(), "formatting twice changes nothing");
    }

    private static String formatterOutput(String text) {
        org.hvnet.ui.language.HvnetLanguage language = org.hvnet.ui.HvnetUiPlugin.getDefault().language();
        var resource = language.parser().parseOnly(org.eclipse.emf.common.util.URI.createURI("memory:/x.hvnet"), text,
                java.util.Map.of());
        return language.get(org.hvnet.dsl.formatting2.DocumentFormatter.class).format(resource);
    }

    @Test
    void hoversTellTheRuleAndTheSimulatedAddress() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("hover.hvnet"));
        String text = editor.viewer().getDocument().get();
        String onVm = editor.hoverAt(text.indexOf("vm Web01") + "vm We".length());
        assertEquals("VirtualMachine Web01\n    Web01.eth0  10.0.0.100/24  (dhcp from DC01)", onVm);
        String onLostSettings = editor.hoverAt(text.indexOf("ipv4 static 192.168.1.10/24") + 2);
        assertEquals("WARNING: The static IPv4 settings of HV01.\"Local Area Connection\" (ipv4 static 192.168.1.10/24 gateway 192.168.1.1"
                + " dns 192.168.1.2) are lost when Hyper-V is installed: on Windows Server 2008 the new host vNIC uses DHCP (I-2). Move the"
                + " settings to the host vNIC that the install creates (quick fix), or mark the host preserve-ip-on-install. [V-4]\n"
                + "    V-4: Static IPv4 settings of a NIC that the planned Hyper-V install uses are lost. Move the settings to the host vNIC"
                + " that the install creates (quick fix), or mark the host preserve-ip-on-install.", onLostSettings);
    }

    @Test
    void openDeclarationJumpsFromAReferenceToTheSwitch() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("navigate.hvnet"));
        String text = editor.viewer().getDocument().get();
        int reference = text.indexOf("nic eth0 on Isolated") + "nic eth0 on ".length() + 2;
        editor.selectAndReveal(reference, 0);
        editor.getAction("org.hvnet.ui.editor.OpenDeclaration").run();
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(text.indexOf("switch Isolated") + "switch ".length(), selection.getOffset());
        assertEquals("Isolated", selection.getText());
    }
}
